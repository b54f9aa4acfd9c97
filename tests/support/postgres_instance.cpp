#include "postgres_instance.h"

#include <QCollator>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace sohoi::testing {

namespace {

const QString kUser = QStringLiteral("sohoi");
constexpr int kCommandTimeoutMs = 60000;

[[noreturn]] void fail(const QString& message) { throw std::runtime_error(message.toStdString()); }

// The newest PostgreSQL installed the Debian way (/usr/lib/postgresql/VERSION/bin).
QString findBinDir() {
  QDir root(QStringLiteral("/usr/lib/postgresql"));
  QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
  QCollator numeric;
  numeric.setNumericMode(true);
  std::sort(versions.begin(), versions.end(), numeric);
  for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
    const QString bin = root.filePath(*it + QStringLiteral("/bin"));
    if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl"))) return bin;
  }
  fail(QStringLiteral("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: install the postgresql "
                      "package (scripts/setup.sh does)"));
}

// A port nobody listens on now: the kernel's pick for a socket bound to port 0.
quint16 freeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  const bool ok = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
  if (fd >= 0) ::close(fd);
  if (!ok) fail(QStringLiteral("no free loopback port for PostgreSQL"));
  return ntohs(address.sin_port);
}

// PostgreSQL refuses to run as root: as root, everything runs as nobody.
const passwd* unprivilegedUser() { return ::geteuid() == 0 ? ::getpwnam("nobody") : nullptr; }

}  // namespace

PostgresInstance::PostgresInstance() : binDir_(findBinDir()) {
  if (!dir_.isValid()) fail(QStringLiteral("cannot make a temporary folder for PostgreSQL"));
  if (const passwd* user = unprivilegedUser(); user && ::chown(dir_.path().toLocal8Bit().constData(), user->pw_uid, user->pw_gid) != 0)
    fail(QStringLiteral("cannot hand %1 to nobody").arg(dir_.path()));
  const QString data = dir_.filePath(QStringLiteral("data"));
  run(binary(QStringLiteral("initdb")), {QStringLiteral("-D"), data, QStringLiteral("-U"), kUser, QStringLiteral("-A"),
                                         QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                         QStringLiteral("--no-locale"), QStringLiteral("--no-sync"),
                                         QStringLiteral("--no-instructions")});
  port_ = freeLoopbackPort();
  start();
}

void PostgresInstance::start() {
  const QString data = dir_.filePath(QStringLiteral("data"));
  // Durability is not under test here, speed is welcome: no fsync. Small shared memory, since several test
  // processes each run their own server on a small machine.
  const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off "
                                         "-c synchronous_commit=off -c full_page_writes=off "
                                         "-c shared_buffers=16MB -c max_connections=300")
                              .arg(port_)
                              .arg(dir_.path());
  const QString log = dir_.filePath(QStringLiteral("server.log"));
  try {
    run(binary(QStringLiteral("pg_ctl")), {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"),
                                           QStringLiteral("30"), QStringLiteral("-D"), data, QStringLiteral("-l"), log,
                                           QStringLiteral("-o"), options});
  } catch (const std::runtime_error& failure) {
    QFile file(log);
    file.open(QIODevice::ReadOnly);
    fail(QString::fromStdString(failure.what()) + QStringLiteral("\n") + QString::fromUtf8(file.readAll()));
  }
  QFile pidFile(data + QStringLiteral("/postmaster.pid"));
  if (pidFile.open(QIODevice::ReadOnly)) pid_ = pidFile.readLine().trimmed().toLongLong();
  if (pid_ <= 0) fail(QStringLiteral("PostgreSQL started but wrote no pid"));
}

void PostgresInstance::halt() {
  if (pid_ <= 0) return;
  stop(pid_, QString());
  pid_ = 0;
}

PostgresInstance::~PostgresInstance() {
  if (pid_ > 0) stop(pid_, QString());  // the folder goes with dir_
}

void PostgresInstance::stop(qint64 pid, const QString& folder) {
  ::kill(static_cast<pid_t>(pid), SIGINT);  // fast shutdown: clients are disconnected, nothing waits
  // The postmaster is not our child (pg_ctl detaches it): it is gone when its pid file is.
  const QString pidFile = QStringLiteral("%1/data/postmaster.pid").arg(folder);
  QDeadlineTimer deadline(30000);
  while ((folder.isEmpty() || QFile::exists(pidFile)) && ::kill(static_cast<pid_t>(pid), 0) == 0 &&
         !deadline.hasExpired())
    QThread::msleep(20);
  if (!folder.isEmpty()) QDir(folder).removeRecursively();
}

void PostgresInstance::keepRunning() {
  dir_.setAutoRemove(false);
  pid_ = 0;
}

PostgresInstance& PostgresInstance::shared() {
  static PostgresInstance instance;
  return instance;
}

QString PostgresInstance::createDatabaseAt(quint16 port) {
  // Unique across the test processes sharing one server: their pids differ while they run, the counter
  // tells one process's databases apart, and the time a later process that got the same pid.
  static int created = 0;
  const QString name = QStringLiteral("sohoi_test_%1_%2_%3")
                           .arg(::getpid())
                           .arg(++created)
                           .arg(QDateTime::currentMSecsSinceEpoch());
  runMaintenance(port, QStringLiteral("CREATE DATABASE %1").arg(name));
  return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(kUser).arg(port).arg(name);
}

void PostgresInstance::runMaintenance(quint16 port, const QString& statement) {
  const QString connection = QStringLiteral("postgres-instance-maintenance");
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setUserName(kUser);
    db.setDatabaseName(QStringLiteral("postgres"));
    if (!db.open()) fail(QStringLiteral("cannot connect to the test PostgreSQL: ") + db.lastError().text());
    QSqlQuery query(db);
    if (!query.exec(statement)) fail(statement + QStringLiteral(" failed: ") + query.lastError().text());
  }
  QSqlDatabase::removeDatabase(connection);
}

QString PostgresInstance::run(const QString& program, const QStringList& arguments) {
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  if (const passwd* user = unprivilegedUser())
    process.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=%1").arg(user->pw_uid),
                                                         QStringLiteral("--regid=%1").arg(user->pw_gid),
                                                         QStringLiteral("--clear-groups"), QStringLiteral("--"), program} +
                                                 arguments);
  else
    process.start(program, arguments);
  const bool finished = process.waitForFinished(kCommandTimeoutMs);
  const QString output = QString::fromLocal8Bit(process.readAll());
  if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
    fail(QStringLiteral("%1 failed: %2").arg(program, output));
  return output;
}

QString PostgresInstance::binary(const QString& name) const { return binDir_ + QLatin1Char('/') + name; }

}  // namespace sohoi::testing
