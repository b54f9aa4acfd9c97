#include "record_summary.h"

#include "choice_labels.h"
#include "household_criteria.h"
#include "text_folding.h"

#include <QCoreApplication>

namespace sohoi::app {

QString dateFieldOf(RecordKind kind) {
  switch (kind) {
    case RecordKind::Member: return QStringLiteral("joined_on");
    case RecordKind::Household:
    case RecordKind::Person: return {};
    default: return QStringLiteral("date");
  }
}

namespace {

QString text(const QVariantMap& fields, const char* name) { return fields.value(QLatin1String(name)).toString(); }

QString joined(const QStringList& parts) {
  QStringList kept;
  for (const QString& part : parts)
    if (!part.trimmed().isEmpty()) kept.append(part.trimmed());
  return kept.join(QStringLiteral(" · "));
}

}  // namespace

RecordSummary summarize(const client::StoredRecord& record, const SummaryContext& context) {
  const RecordVersion& head = record.head;
  const QVariantMap& f = head.fields;
  RecordSummary s;
  s.recordId = head.recordId;
  s.kind = head.kind;
  s.hlc = head.hlc;
  s.pending = record.pending;
  s.rejected = record.rejected;
  const QString dateField = dateFieldOf(head.kind);
  if (!dateField.isEmpty()) s.date = f.value(dateField).toDate();
  switch (head.kind) {
    case RecordKind::Activity:
      s.title = text(f, "title");
      s.subtitle = joined({choiceLabel(head.kind, QStringLiteral("kind"), f.value("kind").toInt()),
                           text(f, "place")});
      break;
    case RecordKind::Training: {
      s.title = text(f, "title");
      const int trained = static_cast<int>(f.value("trainee_ids").toStringList().size());
      s.subtitle = joined({choiceLabel(head.kind, QStringLiteral("kind"), f.value("kind").toInt()),
                           QCoreApplication::translate("Summary", "%n people", nullptr, trained)});
      break;
    }
    case RecordKind::Household:
      s.title = text(f, "head_name");
      s.criteriaMet = context.latestCriteria.value(head.recordId, -1);
      s.subtitle = joined({text(f, "hamlet"),
                           f.value("female_headed").toBool() ? QCoreApplication::translate("Summary", "Female-headed")
                                                             : QString(),
                           f.value("poor").toBool() ? QCoreApplication::translate("Summary", "Poor household")
                                                    : QString()});
      break;
    case RecordKind::HouseholdVisit: {
      const QString household = context.householdNames.value(text(f, "household_id"));
      s.title = household.isEmpty() ? QCoreApplication::translate("Summary", "Visit") : household;
      s.criteriaMet = criteriaMet(f);
      s.subtitle = QCoreApplication::translate("Summary", "%1/8 criteria met").arg(s.criteriaMet);
      break;
    }
    case RecordKind::Member:
      s.title = text(f, "full_name");
      s.subtitle = joined({f.value("core").toBool() ? QCoreApplication::translate("Summary", "Core member") : QString(),
                           f.value("left_on").toDate().isValid() ? QCoreApplication::translate("Summary", "Left")
                                                                 : QString()});
      break;
    case RecordKind::Person:
      s.title = text(f, "full_name");
      s.subtitle = joined({choiceLabel(head.kind, QStringLiteral("role"), f.value("role").toInt()), text(f, "phone")});
      break;
    default:
      s.title = joined({text(f, "title"), text(f, "name")});
      break;
  }
  if (s.title.trimmed().isEmpty()) s.title = kindLabel(head.kind);
  s.searchKey = foldForSearch(s.title + QLatin1Char(' ') + s.subtitle + QLatin1Char(' ') + text(f, "topic") +
                              QLatin1Char(' ') + text(f, "phone"));
  return s;
}

}  // namespace sohoi::app
