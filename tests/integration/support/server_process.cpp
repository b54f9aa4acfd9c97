#include "server_process.h"

#include "test_database.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <csignal>
#include <stdexcept>

namespace sohoi::testing {

namespace {
constexpr int kStartTimeoutMs = 15000;
}

ServerProcess::ServerProcess(QString dbSpec, quint16 port, QStringList extra)
    : dbSpec_(std::move(dbSpec)), port_(port), extra_(std::move(extra)) {}

ServerProcess::~ServerProcess() { kill(); }

bool ServerProcess::start() {
  process_ = std::make_unique<QProcess>();
  process_->setProcessChannelMode(QProcess::MergedChannels);
  process_->start(QStringLiteral(SOHOI_SERVER_BINARY),
                  QStringList{QStringLiteral("--db"), dbSpec_, QStringLiteral("--listen"), address()} + extra_);
  static const QRegularExpression listening(QStringLiteral("listening on [^ ]*:(\\d+)"));
  QDeadlineTimer deadline(kStartTimeoutMs);
  output_.clear();
  while (!deadline.hasExpired()) {
    if (!process_->waitForReadyRead(200) && process_->state() == QProcess::NotRunning) break;
    output_ += QString::fromUtf8(process_->readAll());
    const auto match = listening.match(output_);
    if (match.hasMatch()) {
      port_ = static_cast<quint16>(match.captured(1).toUInt());
      return true;
    }
  }
  return false;
}

void ServerProcess::stop() {
  terminate();
  if (waitForExit(10000) < 0) kill();
}

void ServerProcess::terminate() {
  if (running()) process_->terminate();
}

int ServerProcess::waitForExit(int timeoutMs) {
  if (!process_) return -1;
  if (running() && !process_->waitForFinished(timeoutMs)) return -1;
  output_ += QString::fromUtf8(process_->readAll());
  return process_->exitStatus() == QProcess::NormalExit ? process_->exitCode() : -1;
}

bool ServerProcess::waitForOutput(const QString& text, int timeoutMs) {
  QDeadlineTimer deadline(timeoutMs);
  while (!output_.contains(text) && running() && !deadline.hasExpired()) {
    process_->waitForReadyRead(200);
    output_ += QString::fromUtf8(process_->readAll());
  }
  return output_.contains(text);
}

int ServerProcess::kill() {
  if (!running()) return 0;
  ::kill(static_cast<pid_t>(process_->processId()), SIGKILL);
  process_->waitForFinished(5000);
  // On a crash QProcess's exit code is the signal that ended the process.
  return process_->exitStatus() == QProcess::CrashExit ? process_->exitCode() : 0;
}

bool ServerProcess::running() const { return process_ && process_->state() != QProcess::NotRunning; }

int runAdmin(const QStringList& arguments, QString* output) {
  QProcess admin;
  admin.setProcessChannelMode(QProcess::MergedChannels);
  admin.start(QStringLiteral(SOHOI_ADMIN_BINARY), arguments);
  admin.waitForFinished(60000);
  if (output) *output = QString::fromUtf8(admin.readAll());
  return admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -1;
}

int loadBaselines(const QString& dbSpec, const QByteArray& rows, QString* output) {
  QTemporaryDir dir;
  QFile csv(dir.filePath(QStringLiteral("baselines.csv")));
  if (!csv.open(QIODevice::WriteOnly)) return -1;
  csv.write("unit_id,year,members,women_18_plus,fund,branch_leaders,full_time_cadres,committee_members\n" + rows);
  csv.close();
  return runAdmin({QStringLiteral("--db"), dbSpec, QStringLiteral("load-baselines"), csv.fileName()}, output);
}

QString demoDatabase(const QString& dir) {
  const QString spec = freshDatabaseSpec(dir + QStringLiteral("/server.db"));
  QString output;
  if (runAdmin({QStringLiteral("--db"), spec, QStringLiteral("demo"), QStringLiteral("--small")}, &output) != 0)
    throw std::runtime_error("sohoi-admin demo failed: " + output.toStdString());
  return spec;
}

}  // namespace sohoi::testing
