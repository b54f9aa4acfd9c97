#pragma once
// The long-lived object QML starts from (Itinerary's ApplicationController): it opens the store, enrols
// the device, switches the language at run time, keeps the settings and signs out. It owns the manager and
// the sync controller the pages bind to.
#include "record_manager.h"
#include "sync/sync_engine.h"
#include "sync_controller.h"

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
  Q_PROPERTY(QString signOutMessage READ signOutMessage NOTIFY signOutMessageChanged)
  Q_PROPERTY(QString storeError READ storeError NOTIFY accountChanged)

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

  RecordManager* manager() const { return manager_; }
  SyncController* sync() const { return sync_; }
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
  QString signOutMessage() const { return signOutMessage_; }
  QString storeError() const { return storeError_; }

  /// Exchanges the one-time code for a device credential, off the UI thread; enrolledChanged or
  /// enrolError follow. Then syncs once to download the unit's data.
  Q_INVOKABLE void enrol(const QString& serverAddress, const QString& code);
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
  void signOutMessageChanged();
  /// Enrolment finished: ok, or enrolError says why.
  void enrolFinished(bool ok);

 private:
  void startSync();
  void finishEnrol(const client::Status& status);
  QString storePath() const;

  QPointer<QQmlEngine> engine_;
  RecordManager* manager_;
  SyncController* sync_;
  TransportMaker transportMaker_;
  QString dataDir_;
  QString defaultServer_;
  QString language_;
  QString storeError_;
  bool enrolling_ = false;
  QString enrolError_;
  QString signOutMessage_;
  std::unique_ptr<QTranslator> translator_;
};

}  // namespace sohoi::app
