#include "start_state_import.h"

#include "admin_device.h"
#include "admin_output.h"
#include "tree_file.h"

#include "domain/record_schema.h"
#include "ids/uuid7.h"
#include "storage/database.h"
#include "storage/org_unit_repository.h"
#include "storage/record_repository.h"
#include "storage/transaction.h"
#include "validation/record_validator.h"

#include <QDateTime>

namespace sohoi::server {

namespace {

const QStringList kCriteria{"no_poverty",     "no_law_violation", "no_domestic_violence", "no_third_child",
                            "no_malnutrition_dropout", "clean_house", "clean_kitchen", "clean_lane"};
const QStringList kHeader = QStringList{"household_id", "date"} + kCriteria + QStringList{"poverty_status"};
// Pushed in batches: one transaction each, small enough not to hold the database for long.
constexpr size_t kBatch = 500;

QString lineError(int line, const QString& vi, const QString& en) {
  return line > 0 ? QStringLiteral("Dòng %1: %2 / Line %1: %3").arg(line).arg(vi, en) : vi + QStringLiteral(" / ") + en;
}

std::optional<bool> yesNo(const QString& cell) {
  const QString word = cell.trimmed().toLower();
  if (word == QLatin1String("1") || word == QStringLiteral("có") || word == QLatin1String("true")) return true;
  if (word == QLatin1String("0") || word == QStringLiteral("không") || word == QLatin1String("false") || word.isEmpty())
    return false;
  return std::nullopt;
}

QDate dayOf(const QString& cell) {
  const QDate dmy = QDate::fromString(cell.trimmed(), QStringLiteral("dd/MM/yyyy"));
  return dmy.isValid() ? dmy : QDate::fromString(cell.trimmed(), QStringLiteral("yyyy-MM-dd"));
}

// The row's fields, or the first cell that cannot be read.
std::optional<QVariantMap> rowFields(const QStringList& cells, int line, QStringList* errors) {
  QVariantMap fields{{"household_id", cells.at(0).trimmed()}};
  const QDate date = dayOf(cells.at(1));
  if (!date.isValid()) {
    errors->append(lineError(line, QStringLiteral("ngày \"%1\" không hợp lệ (dd/MM/yyyy)").arg(cells.at(1)),
                             QStringLiteral("date \"%1\" is not valid (dd/MM/yyyy)").arg(cells.at(1))));
    return std::nullopt;
  }
  fields.insert("date", date);
  for (qsizetype i = 0; i < kCriteria.size(); ++i) {
    const std::optional<bool> met = yesNo(cells.at(2 + i));
    if (!met) {
      errors->append(lineError(line, QStringLiteral("%1 phải là 1 hoặc 0, có \"%2\"").arg(kCriteria.at(i), cells.at(2 + i)),
                               QStringLiteral("%1 must be 1 or 0, found \"%2\"").arg(kCriteria.at(i), cells.at(2 + i))));
      return std::nullopt;
    }
    if (*met) fields.insert(kCriteria.at(i), true);  // unset is "not met", as on the wire
  }
  const QString poverty = cells.at(10).trimmed();
  if (!poverty.isEmpty()) {
    bool ok = false;
    const int status = poverty.toInt(&ok);
    if (!ok) {
      errors->append(lineError(line, QStringLiteral("poverty_status phải là 1, 2 hoặc 3, có \"%1\"").arg(poverty),
                               QStringLiteral("poverty_status must be 1, 2 or 3, found \"%1\"").arg(poverty)));
      return std::nullopt;
    }
    fields.insert("poverty_status", status);
  }
  return fields;
}

}  // namespace

StartStateFile StartStateFile::parse(const QByteArray& csv) {
  StartStateFile file;
  const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
  if (lines.isEmpty() || splitCsvLine(lines.first().trimmed()) != kHeader) {
    file.errors.append(lineError(1, QStringLiteral("tiêu đề phải là %1").arg(kHeader.join(QLatin1Char(','))),
                                 QStringLiteral("the header must be %1").arg(kHeader.join(QLatin1Char(',')))));
    return file;
  }
  for (int index = 1; index < lines.size(); ++index) {
    const int line = index + 1;
    const QString text = lines.at(index).trimmed();
    if (text.isEmpty()) continue;
    const QStringList cells = splitCsvLine(text);
    if (cells.size() != kHeader.size()) {
      file.errors.append(lineError(line, QStringLiteral("cần %1 cột, có %2").arg(kHeader.size()).arg(cells.size()),
                                   QStringLiteral("expected %1 columns, found %2").arg(kHeader.size()).arg(cells.size())));
      continue;
    }
    if (std::optional<QVariantMap> fields = rowFields(cells, line, &file.errors))
      file.states.push_back({line, *fields});
  }
  return file;
}

int importStartStates(Database& db, const std::vector<StartState>& states, QTextStream& out, QTextStream& err) {
  QStringList errors;
  std::vector<RecordVersion> visits;
  {
    Transaction tx(db, Transaction::Mode::Read);
    const OrgTree tree(OrgUnitRepository(tx).all());
    const ValidationContext rules = ValidationContext::standard(&tree);
    RecordRepository records(tx);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const StartState& state : states) {
      const QString householdId = state.fields.value("household_id").toString();
      const std::optional<RecordHead> household = isUuid(householdId) ? records.findRecord(householdId) : std::nullopt;
      if (!household || household->kind != RecordKind::Household || household->deleted) {
        errors.append(lineError(state.line, QStringLiteral("không có hộ %1").arg(householdId),
                                QStringLiteral("no household %1").arg(householdId)));
        continue;
      }
      RecordVersion visit;
      visit.recordId = newUuid7();
      visit.versionId = newUuid7();
      visit.unitId = household->unitId;  // the household's branch keeps its visits
      visit.kind = RecordKind::HouseholdVisit;
      visit.hlc = makeHlc(now, static_cast<quint16>(visits.size()));
      visit.fields = state.fields;
      if (std::optional<Rejection> rejection = validateRecordVersion(visit, rules)) {
        errors.append(lineError(state.line, rejection->messageVi, rejection->messageEn));
        continue;
      }
      visits.push_back(std::move(visit));
    }
  }
  if (errors.isEmpty() && visits.empty()) errors.append(lineError(0, QStringLiteral("không có dòng nào"), QStringLiteral("no rows")));
  QString deviceError;
  const std::optional<Device> device = errors.isEmpty() ? adminDevice(db, &deviceError) : std::nullopt;
  if (errors.isEmpty() && !device) errors.append(deviceError);
  if (!errors.isEmpty()) {
    for (const QString& error : errors) err << error << Qt::endl;
    err << QStringLiteral("Không lưu gì / Nothing stored") << Qt::endl;
    return 1;
  }
  for (size_t first = 0; first < visits.size(); first += kBatch) {
    const std::vector<RecordVersion> batch(visits.begin() + static_cast<qsizetype>(first),
                                           visits.begin() + static_cast<qsizetype>(std::min(visits.size(), first + kBatch)));
    const PushBatchResult result = pushAsDevice(db, *device, batch);
    for (const PushItemResult& item : result.results)
      if (item.outcome == PushOutcome::Rejected) {
        err << item.rejection.bilingual() << Qt::endl;
        return 1;
      }
  }
  // Pushed through the feed like any device's work: a running server's figures take these visits in at its
  // next query (ProgressService follows the feed), with no rebuild of the whole province.
  out << QStringLiteral("import-start-states: %1 households").arg(visits.size()) << Qt::endl;
  return 0;
}

int importStartStateFile(Database& db, const QString& path, QTextStream& out, QTextStream& err) {
  QByteArray text;
  if (!readFile(path, &text, err)) return 1;
  const StartStateFile parsed = StartStateFile::parse(text);
  if (!parsed.errors.isEmpty()) {
    for (const QString& error : parsed.errors) err << path << QStringLiteral(": ") << error << Qt::endl;
    return 1;
  }
  return importStartStates(db, parsed.states, out, err);
}

}  // namespace sohoi::server
