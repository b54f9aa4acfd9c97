#pragma once
// The long-lived object QML starts from (Itinerary's ApplicationController): it opens the store, enrols
// the device, switches the language at run time, keeps the settings and signs out. It owns the manager and
// the sync controller the pages bind to.
#include "record_manager.h"
#include "sync/sync_engine.h"
#include "sync/workstation_session.h"
#include "sync_controller.h"
#include "workspace_services.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>



namespace sohoi::app {

class AppController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by main()")
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager CONSTANT)
  Q_PROPERTY(sohoi::app::SyncController* sync READ sync CONSTANT)
  Q_PROPERTY(sohoi::app::WorkspaceServices* services READ services CONSTANT)
  // Tiến độ các chi hội: the units below the tablet's own (a commune's branches), counted from the records
  // on this device, for the year or a finished quarter; works offline.
  Q_PROPERTY(sohoi::app::ProgressDashboardModel* branchProgress READ branchProgress CONSTANT)
  Q_PROPERTY(bool enrolled READ enrolled NOTIFY accountChanged)
  Q_PROPERTY(bool enrolling READ enrolling NOTIFY enrollingChanged)
  Q_PROPERTY(QString enrolError READ enrolError NOTIFY enrollingChanged)
  Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY accountChanged)
  Q_PROPERTY(QString defaultServerAddress READ defaultServerAddress CONSTANT)
  Q_PROPERTY(QString deviceId READ deviceId NOTIFY accountChanged)
  Q_PROPERTY(QString personName READ personName NOTIFY accountChanged)
  Q_PROPERTY(QString unitName READ unitName NOTIFY accountChanged)
  Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
  Q_PROPERTY(QString language READ language NOTIFY languageChanged)
  // How large the app's text is drawn: 1 (normal), larger for eyes that need it; remembered like the language.
  Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
  Q_PROPERTY(QString signOutMessage READ signOutMessage NOTIFY signOutMessageChanged)
  Q_PROPERTY(QString storeError READ storeError NOTIFY accountChanged)
  // Signed in with an account at a desktop: the district and province workspace instead of the tablet's.
  Q_PROPERTY(bool workspace READ workspace NOTIFY accountChanged)
  Q_PROPERTY(QString username READ username NOTIFY accountChanged)
  Q_PROPERTY(bool signingIn READ signingIn NOTIFY signingInChanged)
  Q_PROPERTY(QString signInError READ signInError NOTIFY signingInChanged)

 public:
  /// Makes a transport to a server address (enrolment) or for an account (sync); tests inject fakes.
  /// A transport to a server address, trusting the certificate with that pin (empty: authorities).
  using TransportMaker =
      std::function<std::unique_ptr<client::SyncTransport>(const QString& address, const QString& pin)>;

  explicit AppController(QObject* parent = nullptr);
  ~AppController() override;

  /// Opens the store in dataDir (creating it); starts syncing if the device is enrolled.
  bool open(const QString& dataDir, const QString& defaultServer);
  /// The engine whose translations are reloaded when the language changes.
  void setEngine(QQmlEngine* engine) { engine_ = engine; }
  /// Replaces the gRPC transport (tests). Call before open().
  void setTransportMaker(TransportMaker maker) { transportMaker_ = std::move(maker); }
  /// Replaces the gRPC sign-in (tests). Call before signIn().
  void setSessionOpener(client::SessionOpener opener) { sessionOpener_ = std::move(opener); }

  RecordManager* manager() const { return manager_; }
  SyncController* sync() const { return sync_; }
  WorkspaceServices* services() const { return services_; }
  ProgressDashboardModel* branchProgress() const { return branchProgress_; }
  bool enrolled() const;
  bool enrolling() const { return enrolling_; }
  QString enrolError() const { return enrolError_; }
  QString serverAddress() const;
  QString defaultServerAddress() const { return defaultServer_; }
  QString deviceId() const;
  QString personName() const;
  QString unitName() const;
  QString appVersion() const;
  QString language() const { return language_; }
  double textScale() const { return textScale_; }
  /// Sets and remembers the text size (clamped to 1..1.5).
  void setTextScale(double scale);
  QString signOutMessage() const { return signOutMessage_; }
  QString storeError() const { return storeError_; }
  bool workspace() const;
  QString username() const;
  bool signingIn() const { return signingIn_; }
  QString signInError() const { return signInError_; }

  /// Exchanges the one-time code for a device credential, off the UI thread; enrolledChanged or
  /// enrolError follow. Then syncs once to download the unit's data.
  Q_INVOKABLE void enrol(const QString& serverAddress, const QString& code);
  /// Signs a person in with an account, off the UI thread; signInFinished follows. Signing in again
  /// (an expired session) keeps the workstation's data; another person's sign-in replaces it only when
  /// nothing of it is left unsent.
  Q_INVOKABLE void signIn(const QString& serverAddress, const QString& username, const QString& password);
  /// "vi" or "en": translations, the schema's words and dates switch at once, and are remembered.
  Q_INVOKABLE void setLanguage(const QString& language);
  /// Changes where the device syncs; the error message (empty when done) for an address not host:port.
  Q_INVOKABLE QString setServerAddress(const QString& address);
  /// Forgets the enrolment and this device's data, only when nothing is left unsent; false, with
  /// signOutMessage saying why, otherwise.
  Q_INVOKABLE bool signOut();

 signals:
  void accountChanged();
  void enrollingChanged();
  void languageChanged();
  void textScaleChanged();
  void signOutMessageChanged();
  void signingInChanged();
  /// Sign-in finished: ok, or signInError says why.
  void signInFinished(bool ok);
  /// Enrolment finished: ok, or enrolError says why.
  void enrolFinished(bool ok);

 private:
  void startSync();
  void finishEnrol(const client::Status& status);
  void finishSignIn(const client::RpcResult<client::AdminSession>& result, const QString& username,
                    const QString& address, const QString& pin);
  /// The words for a failed call: no connection, or the server's own.
  static QString failureText(const client::Status& status);
  /// Nothing typed or recorded here is still waiting for the server (else *why says what is).
  bool nothingUnsent(QString* why) const;
  /// Deletes the store's file and opens an empty one (sign-out, another person signing in).
  void replaceStore();
  /// This computer's workstation name for sign-in: made once, kept in the settings.
  QString workstationId() const;
  QString storePath() const;

  QPointer<QQmlEngine> engine_;
  RecordManager* manager_;
  SyncController* sync_;
  WorkspaceServices* services_;
  ProgressDashboardModel* branchProgress_;
  TransportMaker transportMaker_;
  client::SessionOpener sessionOpener_;
  QString dataDir_;
  QString defaultServer_;
  QString language_;
  double textScale_ = 1.0;
  QString storeError_;
  bool enrolling_ = false;
  QString enrolError_;
  bool signingIn_ = false;
  QString signInError_;
  QString signOutMessage_;
  std::unique_ptr<QTranslator> translator_;
};

}  // namespace sohoi::app
