#pragma once
// Evidence photos for the screenshots and the memory benchmark: drawn pictures (an attendance sheet, a
// meeting) prepared as the app prepares a camera's, kept in a store's photo folder and listed by records.
#include "app_controller.h"

#include <QString>
#include <QStringList>

namespace sohoi::app {

/// count distinct photos prepared as the app would (about 1600 px, JPEG), kept in the folder of store;
/// their hashes. Drawing needs a QGuiApplication.
QStringList keepDemoPhotos(client::LocalStore& store, int count);
/// Lists photos and a place (Thái Nguyên city) on recordId in a new version; false on failure.
bool attachDemoEvidence(client::LocalStore& store, const QString& recordId, const QStringList& photos);
/// Shows the record's page and its form, scrolled to the photo strip, at both sizes, as
/// dir/<language>-<size>-photos-detail-activity.png and …-photos-editor-activity.png.
bool shootPhotoPages(AppController* controller, const QString& dir, const QString& language);

}  // namespace sohoi::app
