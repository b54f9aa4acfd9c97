#include "record_text.h"

#include "choice_labels.h"
#include "form_values.h"
#include "household_criteria.h"
#include "record_manager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sohoi::app {

namespace {

QString recordTitle(RecordManager& manager, const QString& id) {
  const std::optional<RecordSummary> summary = manager.summary(id);
  return summary ? summary->title : id;
}

}  // namespace

QString fieldValueText(RecordManager& manager, RecordKind kind, const FieldSpec& spec, const QVariant& value) {
  switch (spec.type) {
    case FieldType::Boolean:
      if (isCriterion(spec.name))
        return value.toBool() ? QCoreApplication::translate("RecordDetail", "✓ Met")
                              : QCoreApplication::translate("RecordDetail", "✗ Not yet met");
      return value.toBool() ? QCoreApplication::translate("RecordDetail", "Yes")
                            : QCoreApplication::translate("RecordDetail", "No");
    case FieldType::Date: return formatDate(value.toDate());
    case FieldType::Choice: return choiceLabel(kind, spec.name, value.toInt());
    case FieldType::Integer: return QLocale().toString(value.toLongLong());
    case FieldType::Id: return recordTitle(manager, value.toString());
    case FieldType::IdList: {
      QStringList names;
      for (const QString& id : value.toStringList()) names.append(recordTitle(manager, id));
      return names.join(QStringLiteral(", "));
    }
    case FieldType::PhotoList:
      return QCoreApplication::translate("RecordDetail", "Photos: %1").arg(value.toStringList().size());
    case FieldType::Text: return value.toString();
  }
  return {};
}

QString versionOrigin(const RecordManager& manager, const RecordVersion& version) {
  const client::Account account = manager.account();
  if (version.deviceId == account.deviceId)
    return account.isWorkspace() ? QCoreApplication::translate("RecordDetail", "This computer")
                                 : QCoreApplication::translate("RecordDetail", "This tablet");
  const OrgUnit* unit = manager.store().orgTree().find(version.unitId);
  return QCoreApplication::translate("RecordDetail", "a device of %1").arg(unit ? unit->name : version.unitId);
}

QString stampTime(HlcStamp stamp) {
  const QDateTime when = QDateTime::fromMSecsSinceEpoch(hlcMillis(stamp));
  return QLocale().toString(when, QStringLiteral("dd/MM/yyyy HH:mm"));
}

}  // namespace sohoi::app
