#include "record_summary.h"

#include "choice_labels.h"
#include "household_criteria.h"
#include "text_folding.h"

#include <QCoreApplication>
#include <QLocale>

namespace sohoi::app {

QString dateFieldOf(RecordKind kind) {
  switch (kind) {
    case RecordKind::Member: return QStringLiteral("joined_on");
    case RecordKind::PlanEvent:
    case RecordKind::Congress: return QStringLiteral("start_date");
    case RecordKind::Household:
    case RecordKind::Person:
    case RecordKind::FundReport:  // a year's, not a day's: the title names the year
    case RecordKind::UnitRating: return {};
    default: return QStringLiteral("date");
  }
}

namespace {

QString text(const QVariantMap& fields, const char* name) { return fields.value(QLatin1String(name)).toString(); }

QString choice(const client::StoredRecord& record, const char* field) {
  return choiceLabel(record.head.kind, QLatin1String(field), record.head.fields.value(QLatin1String(field)).toInt());
}

// Money as the Union writes it: "200.000 đ" (the locale's thousands separator).
QString dong(const QVariantMap& fields, const char* name) {
  const QVariant amount = fields.value(QLatin1String(name));
  return amount.isValid() ? QLocale().toString(amount.toLongLong()) + QStringLiteral(" đ") : QString();
}

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
  // Fixing it makes a new head, so the return no longer applies to what the list shows.
  const QString returnedVersion = context.returnedVersions.value(head.recordId);
  s.returned = !returnedVersion.isEmpty() && returnedVersion == head.versionId;
  // Approved as the workspace's queue says it (every level of the chain, on this very version): an edit
  // after an approval waits for review again.
  s.approved = reviewStatusOf(context.reviewTrails.value(head.recordId), head.versionId, record.conflict,
                              context.reviewLevels) == ReviewStatus::Approved;
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
    case RecordKind::Exemplar:
    case RecordKind::EconomicSupport:
      s.title = text(f, "name");
      s.subtitle = choice(record, "kind");
      break;
    case RecordKind::MediaPost:
      s.title = text(f, "title");
      s.subtitle = choice(record, "outlet_level");
      break;
    case RecordKind::FundReport:
      s.title = QCoreApplication::translate("Summary", "Fund %1").arg(f.value("year").toInt());
      s.subtitle = dong(f, "amount");
      break;
    case RecordKind::UnitRating:
      s.title = QCoreApplication::translate("Summary", "Rating %1").arg(f.value("year").toInt());
      s.subtitle = choice(record, "rating");
      break;
    case RecordKind::ProgrammeContribution:
      s.title = text(f, "contributor_name");
      s.subtitle = joined({choice(record, "programme"), dong(f, "amount")});
      break;
    case RecordKind::PlanEvent:
      s.title = text(f, "name");
      s.subtitle = text(f, "place");
      break;
    case RecordKind::Congress:
      s.title = QCoreApplication::translate("Summary", "Congress %1").arg(f.value("start_date").toDate().year());
      s.subtitle = joined({text(f, "chair_name"),
                           f.value("pilot").toBool() ? QCoreApplication::translate("Summary", "Pilot") : QString()});
      break;
    case RecordKind::Award:
      s.title = text(f, "recipient_name");
      s.subtitle = joined({choice(record, "form"), text(f, "awarded_by")});
      break;
    case RecordKind::CommitteeChange:
      s.title = text(f, "person_name");
      s.subtitle = joined({choice(record, "change"), text(f, "position")});
      break;
    case RecordKind::ReviewDecision:
      break;
  }
  if (s.title.trimmed().isEmpty()) s.title = kindLabel(head.kind);
  s.searchKey = foldForSearch(s.title + QLatin1Char(' ') + s.subtitle + QLatin1Char(' ') + text(f, "topic") +
                              QLatin1Char(' ') + text(f, "phone"));
  return s;
}

}  // namespace sohoi::app
