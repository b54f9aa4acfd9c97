#pragma once
// Xuất báo cáo (export reports) for the district and province workspace: the progress report as PDF, its
// figures as CSV, or the period's records as CSV (one file per kind, in a folder of their own), made by the
// server (ReportService.ExportReport) and saved in a folder on this computer. The download goes through an
// injected exporter, so the controller does not care how the workspace connects.
//
// Threading: lives on the UI thread. exportNow() runs the exporter and writes the files on a worker thread
// of its own (one export at a time); progress and the outcome arrive on the UI thread.
#include "record_manager.h"

#include "report/report_export.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace sohoi::app {

class ReportExporter : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(QVariantList units READ units NOTIFY unitsChanged)
  Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
  Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
  Q_PROPERTY(int quarter READ quarter WRITE setQuarter NOTIFY quarterChanged)
  Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY formatChanged)
  Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
  Q_PROPERTY(QString error READ error NOTIFY outcomeChanged)
  Q_PROPERTY(QString savedPath READ savedPath NOTIFY outcomeChanged)

 public:
  /// Downloads one report file (ReportClient::exportReport, or a fake in tests); called on the worker
  /// thread, telling progress as chunks arrive.
  using Exporter = std::function<client::RpcResult<client::ExportedFile>(
      const client::ExportRequest& request, std::function<void(qint64 received, qint64 total)> progress)>;

  explicit ReportExporter(QObject* parent = nullptr);
  /// Waits for an export still running.
  ~ReportExporter() override;

  void setExporter(Exporter exporter) { exporter_ = std::move(exporter); }
  /// The INI file the folder is remembered in (the app's settings.ini), read at once.
  void setSettingsFile(const QString& path);

  RecordManager* manager() const { return manager_; }
  /// The account's unit and org tree; the unit picker and the default year follow it.
  void setManager(RecordManager* manager);
  /// [{id, name, level}]: the account's unit, then the units below it down to commune units, depth first
  /// (level: 1 province … 3 commune, for indenting).
  QVariantList units() const { return units_; }
  QString unitId() const { return unitId_; }
  void setUnitId(const QString& unitId);
  /// Default: the year of the plan the store holds, else this year.
  int year() const { return year_; }
  void setYear(int year);
  /// 0: the whole year (Cả năm); 1–4: that quarter.
  int quarter() const { return quarter_; }
  void setQuarter(int quarter);
  /// "pdf", "progress_csv" or "records_csv"; anything else is ignored.
  QString format() const { return format_; }
  void setFormat(const QString& format);
  /// Where files are saved; default Documents/Sổ Hội; remembered.
  QString folder() const { return folder_; }
  void setFolder(const QString& folder);
  bool busy() const { return worker_ != nullptr; }
  /// 0..1 over the whole export (every kind's file for records).
  double progress() const { return progress_; }
  /// Why the last export failed, in the app's language; empty after a success.
  QString error() const { return error_; }
  /// The file saved by the last export, or for records the folder holding their files.
  QString savedPath() const { return savedPath_; }

  /// Exports what the properties say; does nothing while an export runs.
  Q_INVOKABLE void exportNow();
  /// Opens the folder of the last saved path (else the chosen folder) in the desktop's file manager.
  Q_INVOKABLE void openFolder();

 signals:
  void managerChanged();
  void unitsChanged();
  void unitIdChanged();
  void yearChanged();
  void quarterChanged();
  void formatChanged();
  void folderChanged();
  void busyChanged();
  void progressChanged();
  /// savedPath and error: cleared when an export starts, set when it ends.
  void outcomeChanged();

 private:
  void readManager();
  void setProgress(double progress);
  void finish(const QString& savedPath, const QString& error);

  Exporter exporter_;
  QPointer<RecordManager> manager_;
  QString settingsFile_;
  QVariantList units_;
  QString unitId_;
  int year_;
  bool yearChosen_ = false;  // set by the user: a reload no longer moves it to the plan's year
  int quarter_ = 0;
  QString format_ = QStringLiteral("pdf");
  QString folder_;
  QThread* worker_ = nullptr;
  double progress_ = 0;
  QString error_;
  QString savedPath_;
};

}  // namespace sohoi::app
