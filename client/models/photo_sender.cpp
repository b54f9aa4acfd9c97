#include "photo_sender.h"

#include "photos/photo_network_policy.h"
#include "sync/sync_client.h"

#include <QNetworkInformation>
#include <QSettings>

namespace sohoi::app {

namespace {

const QString kWifiOnlyKey = QStringLiteral("photos/wifi_only");

client::LinkKind linkKind(QNetworkInformation::TransportMedium medium) {
  switch (medium) {
    case QNetworkInformation::TransportMedium::WiFi: return client::LinkKind::WiFi;
    case QNetworkInformation::TransportMedium::Ethernet: return client::LinkKind::Ethernet;
    case QNetworkInformation::TransportMedium::Cellular: return client::LinkKind::Cellular;
    case QNetworkInformation::TransportMedium::Bluetooth: return client::LinkKind::Other;
    case QNetworkInformation::TransportMedium::Unknown: break;
  }
  return client::LinkKind::Unknown;
}

}  // namespace

PhotoSender::PhotoSender(QString storePath, QObject* parent) : QObject(parent), storePath_(std::move(storePath)) {}

PhotoSender::~PhotoSender() {
  stop_ = true;
  join();
}

void PhotoSender::join() {
  if (worker_.joinable()) worker_.join();
}

bool PhotoSender::wifiOnly() { return QSettings().value(kWifiOnlyKey, false).toBool(); }

void PhotoSender::setWifiOnly(bool wifiOnly) { QSettings().setValue(kWifiOnlyKey, wifiOnly); }

bool PhotoSender::linkAllowsPhotos() {
  QNetworkInformation* information = QNetworkInformation::instance();
  if (!information && QNetworkInformation::loadDefaultBackend()) information = QNetworkInformation::instance();
  if (!information) return client::photosMayGo(wifiOnly(), client::LinkKind::Unknown, false);
  return client::photosMayGo(wifiOnly(), linkKind(information->transportMedium()), information->isMetered());
}

void PhotoSender::sendWaiting() {
  if (running_ || !linkAllowsPhotos()) return;
  join();
  running_ = true;
  worker_ = std::thread([this] {
    int sent = 0, waiting = 0;
    client::Status status;
    if (std::unique_ptr<client::LocalStore> store = client::LocalStore::open(storePath_, &status)) {
      const client::Account account = store->account();
      if (account.isEnrolled()) {
        client::PhotoFolder folder(client::photoFolderFor(storePath_));
        client::PhotoClient photos(client::SyncClient::makeChannel(account.serverAddress, account.certificatePin),
                                   account.credential);
        const client::PhotoUploadSummary summary = client::PhotoUploader(*store, folder, photos).sendWaiting(&stop_);
        sent = summary.sent;
        waiting = summary.waiting;
      }
    }
    running_ = false;
    QMetaObject::invokeMethod(this, [this, sent, waiting] { emit finished(sent, waiting); }, Qt::QueuedConnection);
  });
}

}  // namespace sohoi::app
