#pragma once
// Progress as text for people and scripts (sohoi-admin progress): an aligned table, CSV with one row per
// unit and indicator, or JSON that lists every indicator with its group, value, target and status.
#include "plan/plan.h"
#include "plan/progress.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace sohoi::server {

enum class ProgressFormat { Table, Csv, Json };
bool progressFormatFromName(const QString& name, ProgressFormat* format);

QString formatProgress(const plan::Plan& plan, const QDate& asOf, const plan::UnitProgress& progress,
                       ProgressFormat format);

}  // namespace sohoi::server
