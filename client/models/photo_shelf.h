#pragma once
// What the photo strip of a record form or page binds to: attaching a photo (from the camera's file or
// one picked), the photos a record lists, their files for Image (fetched from the server when another
// device took them), the place a record was made at, and the leader's "photos only over Wi-Fi" choice.
// The form keeps the list itself (RecordEditor's "photos").
#include "record_editor.h"
#include "record_manager.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class PhotoShelf : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(bool cameraAvailable READ cameraAvailable CONSTANT)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  Q_PROPERTY(bool wifiOnly READ wifiOnly WRITE setWifiOnly NOTIFY wifiOnlyChanged)

 public:
  explicit PhotoShelf(QObject* parent = nullptr);

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  /// Whether the device has a camera (Qt Multimedia); without one, photos are picked from files.
  bool cameraAvailable() const;
  /// Why the last attach failed, in the app's language; empty after a success.
  QString error() const { return error_; }
  bool wifiOnly() const;
  void setWifiOnly(bool wifiOnly);

  /// Whether records of kind take photos and a place (activities, trainings, household visits).
  Q_INVOKABLE bool takesEvidence(const QString& kind) const;
  /// Scales, compresses and keeps the photo at file (photo_scaling.h); its hash, or empty with error set.
  Q_INVOKABLE QString attach(const QUrl& file);
  /// The kept photo's file, for an Image; empty when it is not on this device.
  Q_INVOKABLE QUrl urlOf(const QString& hash) const;
  /// Brings from the server the photos recordId lists that are not on this device (another device took
  /// them: the workspace beside a record it reviews, a commune's tablet); photosArrived follows.
  Q_INVOKABLE void fetchMissing(const QString& recordId);
  /// The photos a record lists now.
  Q_INVOKABLE QStringList photosOf(const QString& recordId) const;
  /// "21,594120° B, 105,848000° Đ (±15 m)": where the record was made, or empty when the device did not say.
  Q_INVOKABLE QString placeOf(const QString& recordId) const;
  /// The photos and the place of the record a form holds, as the form has them now.
  Q_INVOKABLE QStringList photosIn(sohoi::app::RecordEditor* editor) const;
  Q_INVOKABLE QString placeIn(sohoi::app::RecordEditor* editor) const;
  /// The place in words from microdegrees and metres; empty when not reported (0, 0).
  QString placeText(qint64 latitudeE6, qint64 longitudeE6, qint64 accuracyM) const;

 signals:
  void managerChanged();
  void errorChanged();
  void wifiOnlyChanged();
  void photosArrived();

 private:
  QPointer<RecordManager> manager_;
  QString error_;
};

}  // namespace sohoi::app
