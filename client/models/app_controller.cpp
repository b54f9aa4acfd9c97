#include "app_controller.h"

#include "language.h"
#include "local_progress.h"

#include "domain/field_limits.h"
#include "sync/sync_client.h"
#include "sync/synchronizer.h"

#include "net/enrolment_ticket.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>
#include <QThread>
#include <QUuid>
#include <algorithm>

namespace sohoi::app {

namespace {

QString settingsPath(const QString& dataDir) { return QDir(dataDir).filePath(QStringLiteral("settings.ini")); }

bool looksLikeAddress(const QString& address) {
  static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9.-]+:[0-9]{1,5}$"));
  return pattern.match(address).hasMatch();
}

}  // namespace

AppController::AppController(QObject* parent)
    : QObject(parent),
      manager_(new RecordManager(this)),
      sync_(new SyncController(manager_, this)),
      services_(new WorkspaceServices(manager_, this)),
      branchProgress_(new ProgressDashboardModel(this)) {
  branchProgress_->setSharesBehind(true);
  transportMaker_ = [](const QString& address, const QString& pin) {
    return std::make_unique<client::SyncClient>(address, pin);
  };
  sessionOpener_ = client::grpcSessionOpener();
  connect(manager_, &RecordManager::reloaded, this, &AppController::accountChanged);
}

AppController::~AppController() { sync_->stop(); }

QString AppController::storePath() const { return QDir(dataDir_).filePath(QStringLiteral("sohoi.sqlite")); }

bool AppController::open(const QString& dataDir, const QString& defaultServer) {
  dataDir_ = dataDir;
  defaultServer_ = defaultServer;
  QDir().mkpath(dataDir_);
  const QString language = QSettings(settingsPath(dataDir_), QSettings::IniFormat)
                               .value(QStringLiteral("language"), QStringLiteral("vi"))
                               .toString();
  setLanguage(language);
  setTextScale(QSettings(settingsPath(dataDir_), QSettings::IniFormat).value(QStringLiteral("text_scale"), 1.0).toDouble());
  branchProgress_->setFetcher([path = storePath()](const QString& unitId, int childDepth, const QString& asOf) {
    return progressFromStore(path, unitId, childDepth, asOf);
  });
  const client::Status status = manager_->open(storePath());
  storeError_ = status.isOk() ? QString() : localized(status.messageVi(), status.messageEn());
  if (status.isOk() && enrolled()) startSync();
  emit accountChanged();
  return status.isOk();
}

void AppController::startSync() {
  services_->connectTo(manager_->account(), storePath(), settingsPath(dataDir_));
  TransportMaker maker = transportMaker_;
  sync_->start([maker](const client::Account& account) {
    std::unique_ptr<client::SyncTransport> transport = maker(account.serverAddress, account.certificatePin);
    transport->setCredential(account.credential);
    return transport;
  });
}

bool AppController::enrolled() const { return manager_->isOpen() && manager_->account().isEnrolled(); }
QString AppController::serverAddress() const {
  const QString address = manager_->account().serverAddress;
  return address.isEmpty() ? defaultServer_ : address;
}
QString AppController::deviceId() const { return manager_->account().deviceId; }
QString AppController::personName() const { return manager_->account().personName; }
QString AppController::unitName() const { return manager_->unitName(); }
QString AppController::appVersion() const { return QCoreApplication::applicationVersion(); }
bool AppController::workspace() const { return enrolled() && manager_->account().isWorkspace(); }
QString AppController::username() const { return manager_->isOpen() ? manager_->account().username : QString(); }

void AppController::enrol(const QString& serverAddress, const QString& code) {
  if (enrolling_ || !manager_->isOpen()) return;
  // A whole ticket (scanned or pasted) brings the address and the certificate pin with the code.
  const std::optional<EnrolmentTicket> ticket = parseEnrolmentTicket(code);
  const QString address = ticket && !ticket->address.isEmpty() ? ticket->address : serverAddress.trimmed();
  const QString trimmedCode = ticket ? ticket->code : code.trimmed();
  const QString pin = ticket ? ticket->pin : QString();
  enrolError_.clear();
  if (code.trimmed().isEmpty())
    enrolError_ = QCoreApplication::translate("Enrolment", "Enter the device enrolment code.");
  else if (!ticket)
    enrolError_ = QCoreApplication::translate("Enrolment", "This is not an enrolment code: check it against the "
                                                           "paper or scan the QR code again.");
  else if (!looksLikeAddress(address))
    enrolError_ = QCoreApplication::translate("Enrolment", "The server address must look like host:port, "
                                                           "for example 10.0.0.5:50051.");
  if (!enrolError_.isEmpty()) {
    emit enrollingChanged();
    emit enrolFinished(false);
    return;
  }
  enrolling_ = true;
  emit enrollingChanged();
  // The call may wait up to its deadline on a poor link: it runs on its own thread with its own connection.
  auto result = std::make_shared<client::Status>();
  const QString path = storePath();
  const TransportMaker maker = transportMaker_;
  // Cut to the server's bound: a host name may be a long domain name, and a longer name is refused.
  const QString deviceName = (QSysInfo::machineHostName() + QStringLiteral(" (") + QSysInfo::prettyProductName() +
                              QLatin1Char(')'))
                                 .left(kMaxShortText);
  QThread* worker = QThread::create([=] {
    client::Status status;
    std::unique_ptr<client::LocalStore> store = client::LocalStore::open(path, &status);
    if (!store) {
      *result = status;
      return;
    }
    std::unique_ptr<client::SyncTransport> transport = maker(address, pin);
    *result = client::enrolDevice(store.get(), transport.get(), trimmedCode, deviceName, address, pin);
  });
  connect(worker, &QThread::finished, this, [this, worker, result] {
    worker->deleteLater();
    finishEnrol(*result);
  });
  worker->start();
}

void AppController::finishEnrol(const client::Status& status) {
  enrolling_ = false;
  if (status.isOk()) {
    enrolError_.clear();
    manager_->reload();  // the account row was written by the worker's connection
    startSync();
    sync_->syncNow();  // download the unit's org tree and records right away
  } else {
    enrolError_ = failureText(status);
  }
  emit enrollingChanged();
  emit accountChanged();
  emit enrolFinished(status.isOk());
}

QString AppController::failureText(const client::Status& status) {
  if (status.code() == QLatin1String("UNAVAILABLE") || status.code() == QLatin1String("DEADLINE_EXCEEDED"))
    return QCoreApplication::translate("Enrolment", "No network connection: the server could not be "
                                                    "reached. Check the address and try again.");
  // A leader cannot repair a code herself: say who gives a new one.
  if (status.code() == QLatin1String("BAD_ENROLMENT_CODE"))
    return QCoreApplication::translate("Enrolment", "This code is wrong or was already used. Call the district "
                                                    "union for a new code.");
  if (status.code() == QLatin1String("EXPIRED_ENROLMENT_CODE"))
    return QCoreApplication::translate("Enrolment", "This code has expired. Call the district union for a new code.");
  return localized(status.messageVi(), status.messageEn());
}

QString AppController::workstationId() const {
  QSettings settings(settingsPath(dataDir_), QSettings::IniFormat);
  QString id = settings.value(QStringLiteral("workstation")).toString();
  if (id.isEmpty()) {
    id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    settings.setValue(QStringLiteral("workstation"), id);
  }
  return id;
}

void AppController::signIn(const QString& serverAddress, const QString& username, const QString& password) {
  if (signingIn_ || !manager_->isOpen()) return;
  const QString address = serverAddress.trimmed();
  const QString name = username.trimmed();
  signInError_.clear();
  if (name.isEmpty() || password.isEmpty())
    signInError_ = QCoreApplication::translate("Enrolment", "Enter your user name and password.");
  else if (!looksLikeAddress(address))
    signInError_ = QCoreApplication::translate("Enrolment", "The server address must look like host:port, "
                                                            "for example 10.0.0.5:50051.");
  if (!signInError_.isEmpty()) {
    emit signingInChanged();
    emit signInFinished(false);
    return;
  }
  signingIn_ = true;
  emit signingInChanged();
  // Signing in again keeps trusting the certificate the first sign-in pinned.
  const client::Account stored = manager_->account();
  const QString pin = stored.serverAddress == address ? stored.certificatePin : QString();
  auto result = std::make_shared<client::RpcResult<client::AdminSession>>();
  const client::SessionOpener opener = sessionOpener_;
  const QString workstation = workstationId();
  QThread* worker = QThread::create([=] { *result = opener(address, pin, name, password, workstation); });
  connect(worker, &QThread::finished, this, [=, this] {
    worker->deleteLater();
    finishSignIn(*result, name, address, pin);
  });
  worker->start();
}

void AppController::finishSignIn(const client::RpcResult<client::AdminSession>& result, const QString& username,
                                 const QString& address, const QString& pin) {
  signingIn_ = false;
  client::Status status = result.ok() ? client::Status::ok() : client::statusFromRpcError(result.error);
  if (status.isOk()) {
    const client::AdminSession& session = *result.value;
    QString why;
    if (enrolled() && !client::continuesAccount(manager_->account(), session)) {
      if (nothingUnsent(&why)) {
        sync_->stop();
        replaceStore();
      } else {
        status = client::Status::error(QStringLiteral("UNSENT_WORK"), why, why);
      }
    }
    if (status.isOk()) status = manager_->store().saveAccount(client::accountForSession(session, username, address, pin));
  }
  if (status.isOk()) {
    signInError_.clear();
    manager_->reload();
    startSync();
    sync_->syncNow();  // the subtree's records, or what waited while the session was ended
  } else {
    signInError_ = failureText(status);
  }
  emit signingInChanged();
  emit accountChanged();
  emit signInFinished(status.isOk());
}

void AppController::setLanguage(const QString& language) {
  const QString chosen = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
  if (translator_) QCoreApplication::removeTranslator(translator_.get());
  translator_ = std::make_unique<QTranslator>();
  if (translator_->load(QStringLiteral(":/i18n/sohoi_") + chosen + QStringLiteral(".qm")))
    QCoreApplication::installTranslator(translator_.get());
  QLocale::setDefault(QLocale(chosen == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                              chosen == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
  const bool changed = chosen != language_;
  language_ = chosen;
  if (!dataDir_.isEmpty())
    QSettings(settingsPath(dataDir_), QSettings::IniFormat).setValue(QStringLiteral("language"), chosen);
  if (engine_) engine_->retranslate();
  if (changed) {
    manager_->notifyLanguageChanged();
    emit languageChanged();
    emit accountChanged();
  }
}

void AppController::setTextScale(double scale) {
  const double chosen = std::clamp(scale, 1.0, 1.5);
  if (!dataDir_.isEmpty())
    QSettings(settingsPath(dataDir_), QSettings::IniFormat).setValue(QStringLiteral("text_scale"), chosen);
  if (qFuzzyCompare(chosen, textScale_)) return;
  textScale_ = chosen;
  emit textScaleChanged();
}

QString AppController::setServerAddress(const QString& address) {
  const QString trimmed = address.trimmed();
  if (!looksLikeAddress(trimmed))
    return QCoreApplication::translate("Enrolment", "The server address must look like host:port, "
                                                    "for example 10.0.0.5:50051.");
  if (!enrolled()) {
    defaultServer_ = trimmed;
  } else {
    client::Account account = manager_->account();
    account.serverAddress = trimmed;
    if (client::Status status = manager_->store().saveAccount(account); !status.isOk())
      return localized(status.messageVi(), status.messageEn());
    startSync();  // the engine's transport points at the old address
  }
  emit accountChanged();
  return {};
}

bool AppController::nothingUnsent(QString* why) const {
  const client::OutboxCounts counts = manager_->store().counts();
  const int unsent = counts.pending + manager_->store().rejectedCount();
  if (unsent > 0) {
    *why = QCoreApplication::translate(
        "Settings", "%n record(s) not yet accepted by the server. Sync (and fix rejected records) before "
                    "signing out: signing out deletes this tablet's data.", nullptr, unsent);
    return false;
  }
  // A draft never reaches the server: signing out would delete what was typed without a word.
  if (const int drafts = static_cast<int>(manager_->store().drafts().size()); drafts > 0) {
    *why = QCoreApplication::translate(
        "Settings", "%n form(s) typed but not saved (drafts). Save or discard them before signing out: "
                    "signing out deletes this tablet's data.", nullptr, drafts);
    return false;
  }
  return true;
}

void AppController::replaceStore() {
  manager_->close();
  for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(storePath() + QLatin1String(suffix));
  const client::Status status = manager_->open(storePath());
  storeError_ = status.isOk() ? QString() : localized(status.messageVi(), status.messageEn());
}

bool AppController::signOut() {
  if (!manager_->isOpen()) return false;
  if (!nothingUnsent(&signOutMessage_)) {
    emit signOutMessageChanged();
    return false;
  }
  sync_->stop();
  replaceStore();
  signOutMessage_.clear();
  emit signOutMessageChanged();
  emit accountChanged();
  return true;
}

}  // namespace sohoi::app
