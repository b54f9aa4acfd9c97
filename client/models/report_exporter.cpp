#include "report_exporter.h"

#include "language.h"
#include "start_of_year.h"

#include "auth/record_permissions.h"
#include "report/report_folder.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>

namespace sohoi::app {

namespace {

const QString kFolderKey = QStringLiteral("reports/folder");

std::optional<client::ExportFormat> formatFromName(const QString& name) {
  if (name == QLatin1String("pdf")) return client::ExportFormat::Pdf;
  if (name == QLatin1String("progress_csv")) return client::ExportFormat::ProgressCsv;
  if (name == QLatin1String("records_csv")) return client::ExportFormat::RecordsCsv;
  return std::nullopt;
}

// One call per file: the server exports one record kind per call. Decisions (review decisions, unit
// ratings) are judgements on records rather than the records the units collected, so they are left out.
std::vector<client::ExportRequest> requestsFor(const client::ExportRequest& asked) {
  if (asked.format != client::ExportFormat::RecordsCsv) return {asked};
  std::vector<client::ExportRequest> requests;
  for (RecordKind kind : allRecordKinds()) {
    if (isDecisionKind(kind)) continue;
    requests.push_back(asked);
    requests.back().kind = kind;
  }
  return requests;
}

// The records' folder, named like the server names the progress files: "ho-so-164-2021-q2".
QString recordsFolderName(const client::ExportRequest& asked) {
  QString name = QStringLiteral("ho-so-");
  if (!asked.unitId.isEmpty()) name += asked.unitId + QLatin1Char('-');
  name += QString::number(asked.year);
  if (asked.quarter > 0) name += QStringLiteral("-q%1").arg(asked.quarter);
  return name;
}

struct Outcome {
  QString savedPath;
  QString errorVi;  // empty on success
  QString errorEn;
};

// Downloads and saves every file of an export, telling the share done (0..1). Records go into a new folder
// of their own; a failure part-way removes the files this export wrote there, so a half export is never
// taken for a whole one.
Outcome runExport(const ReportExporter::Exporter& exporter, const client::ExportRequest& asked, const QString& folder,
                  const std::function<void(double)>& tellProgress) {
  const std::vector<client::ExportRequest> requests = requestsFor(asked);
  const bool records = asked.format == client::ExportFormat::RecordsCsv;
  const QString target = records ? client::unusedPath(folder, recordsFolderName(asked)) : folder;
  const double files = static_cast<double>(requests.size());
  QStringList written;
  const auto failed = [&](const QString& vi, const QString& en) {
    for (const QString& path : written) QFile::remove(path);
    if (records) QDir().rmdir(target);
    return Outcome{{}, vi, en};
  };
  for (size_t i = 0; i < requests.size(); ++i) {
    const auto onChunk = [&tellProgress, done = static_cast<double>(i), files](qint64 received, qint64 total) {
      const double share =
          total > 0 ? std::clamp(static_cast<double>(received) / static_cast<double>(total), 0.0, 1.0) : 1.0;
      tellProgress((done + share) / files);
    };
    const client::RpcResult<client::ExportedFile> file = exporter(requests[i], onChunk);
    if (!file.ok()) return failed(file.error.messageVi, file.error.messageEn);
    QString path;
    const client::Status saved = client::saveReportFile(target, file.value->fileName, file.value->bytes, &path);
    if (!saved.isOk()) return failed(saved.messageVi(), saved.messageEn());
    written << path;
    tellProgress(static_cast<double>(i + 1) / files);
  }
  return {records ? target : written.value(0), {}, {}};
}

}  // namespace

ReportExporter::ReportExporter(QObject* parent)
    : QObject(parent),
      year_(QDate::currentDate().year()),
      folder_(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(QStringLiteral("Sổ Hội"))) {}

ReportExporter::~ReportExporter() {
  if (worker_) {
    worker_->wait();
    delete worker_;
  }
}

void ReportExporter::setSettingsFile(const QString& path) {
  settingsFile_ = path;
  const QString remembered = QSettings(path, QSettings::IniFormat).value(kFolderKey).toString();
  if (!remembered.isEmpty() && remembered != folder_) {
    folder_ = remembered;
    emit folderChanged();
  }
}

void ReportExporter::setManager(RecordManager* manager) {
  if (manager == manager_) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) connect(manager_, &RecordManager::reloaded, this, &ReportExporter::readManager);
  readManager();
  emit managerChanged();
}

void ReportExporter::readManager() {
  units_.clear();
  QString own;
  if (manager_ && manager_->isOpen()) {
    own = manager_->account().unitId;
    const OrgTree& tree = manager_->store().orgTree();
    const auto add = [this](const QString& id, const QString& name, UnitLevel level) {
      units_.append(QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
                                {QStringLiteral("level"), static_cast<int>(level)}});
    };
    if (!tree.contains(own)) add(own, manager_->unitName(), manager_->unitLevel());
    // Depth first, so each district's communes follow it in the picker; branches are too many to list.
    QStringList pending{own};
    while (tree.contains(own) && !pending.isEmpty()) {
      const OrgUnit* unit = tree.find(pending.takeFirst());
      if (!unit || unit->closed()) continue;
      add(unit->id, unit->name, unit->level);
      if (unit->level < UnitLevel::Commune) pending = tree.children(unit->id) + pending;
    }
    if (const int year = planYear(manager_->store()); !yearChosen_ && year > 0 && year != year_) {
      year_ = year;
      emit yearChanged();
    }
  }
  emit unitsChanged();
  const bool known = std::any_of(units_.cbegin(), units_.cend(), [this](const QVariant& unit) {
    return unit.toMap().value(QStringLiteral("id")).toString() == unitId_;
  });
  if (!known && unitId_ != own) {
    unitId_ = own;
    emit unitIdChanged();
  }
}

void ReportExporter::setUnitId(const QString& unitId) {
  if (unitId == unitId_) return;
  unitId_ = unitId;
  emit unitIdChanged();
}

void ReportExporter::setYear(int year) {
  yearChosen_ = true;
  if (year == year_) return;
  year_ = year;
  emit yearChanged();
}

void ReportExporter::setQuarter(int quarter) {
  quarter = std::clamp(quarter, 0, 4);
  if (quarter == quarter_) return;
  quarter_ = quarter;
  emit quarterChanged();
}

void ReportExporter::setFormat(const QString& format) {
  if (format == format_ || !formatFromName(format)) return;
  format_ = format;
  emit formatChanged();
}

void ReportExporter::setFolder(const QString& folder) {
  if (folder == folder_) return;
  folder_ = folder;
  if (!settingsFile_.isEmpty()) QSettings(settingsFile_, QSettings::IniFormat).setValue(kFolderKey, folder);
  emit folderChanged();
}

void ReportExporter::setProgress(double progress) {
  if (qFuzzyCompare(progress + 1, progress_ + 1)) return;
  progress_ = progress;
  emit progressChanged();
}

void ReportExporter::exportNow() {
  if (worker_) return;
  if (!exporter_) return finish({}, tr("Not connected to the server"));
  if (folder_.trimmed().isEmpty()) return finish({}, tr("Choose a folder to save the reports in"));
  const client::ExportRequest asked{unitId_, year_, quarter_, *formatFromName(format_), RecordKind::Activity};
  auto outcome = std::make_shared<Outcome>();
  const auto tellProgress = [this](double share) {
    // Safe from the worker: the destructor waits for it, and a queued call dies with this object.
    QMetaObject::invokeMethod(this, [this, share] { setProgress(share); }, Qt::QueuedConnection);
  };
  worker_ = QThread::create([outcome, exporter = exporter_, asked, folder = folder_.trimmed(), tellProgress] {
    *outcome = runExport(exporter, asked, folder, tellProgress);
  });
  connect(worker_, &QThread::finished, this, [this, outcome] {
    worker_->deleteLater();
    worker_ = nullptr;
    const bool failed = !outcome->errorVi.isEmpty() || !outcome->errorEn.isEmpty();
    finish(outcome->savedPath, failed ? localized(outcome->errorVi, outcome->errorEn) : QString());
    emit busyChanged();
  });
  savedPath_.clear();
  error_.clear();
  setProgress(0);
  worker_->start();
  emit busyChanged();
  emit outcomeChanged();
}

void ReportExporter::finish(const QString& savedPath, const QString& error) {
  savedPath_ = savedPath;
  error_ = error;
  if (error.isEmpty()) setProgress(1);
  emit outcomeChanged();
}

void ReportExporter::openFolder() {
  QString folder = folder_;
  if (!savedPath_.isEmpty())
    folder = QFileInfo(savedPath_).isDir() ? savedPath_ : QFileInfo(savedPath_).absolutePath();
  QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

}  // namespace sohoi::app
