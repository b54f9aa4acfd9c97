#include "photo_shelf.h"

#include "background_call.h"
#include "language.h"
#include "photo_sender.h"

#include "domain/record_schema.h"
#include "photos/photo_client.h"
#include "photos/photo_folder.h"
#include "photos/photo_scaling.h"
#include "sync/sync_client.h"

#include <QCoreApplication>
#include <QLocale>
#include <QCameraDevice>
#include <QMediaDevices>

namespace sohoi::app {

PhotoShelf::PhotoShelf(QObject* parent) : QObject(parent) {}

void PhotoShelf::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  manager_ = manager;
  emit managerChanged();
}

bool PhotoShelf::cameraAvailable() const { return !QMediaDevices::videoInputs().isEmpty(); }

bool PhotoShelf::wifiOnly() const { return PhotoSender::wifiOnly(); }

void PhotoShelf::setWifiOnly(bool wifiOnly) {
  if (wifiOnly == this->wifiOnly()) return;
  PhotoSender::setWifiOnly(wifiOnly);
  emit wifiOnlyChanged();
}

bool PhotoShelf::takesEvidence(const QString& kind) const {
  const std::optional<RecordKind> known = recordKindFromName(kind);
  return known && schemaFor(*known).field(QStringLiteral("photos")) != nullptr;
}

QString PhotoShelf::attach(const QUrl& file) {
  QString hash;
  client::Status status;
  if (!manager_ || !manager_->isOpen()) {
    status = client::Status::error(QStringLiteral("NO_STORE"), QStringLiteral("Chưa mở dữ liệu trên máy"),
                                   QStringLiteral("The device's data is not open"));
  } else {
    QByteArray jpeg;
    status = client::preparePhoto(file.isLocalFile() ? file.toLocalFile() : file.toString(), &jpeg);
    if (status.isOk())
      status = client::PhotoFolder(client::photoFolderFor(manager_->store().path())).keep(jpeg, &hash);
  }
  error_ = status.isOk() ? QString() : localized(status.messageVi(), status.messageEn());
  emit errorChanged();
  return status.isOk() ? hash : QString();
}

void PhotoShelf::fetchMissing(const QString& recordId) {
  if (!manager_ || !manager_->isOpen()) return;
  const client::Account account = manager_->store().account();
  const client::PhotoFolder folder(client::photoFolderFor(manager_->store().path()));
  QStringList missing;
  for (const QString& hash : photosOf(recordId))
    if (!folder.contains(hash)) missing.append(hash);
  if (missing.isEmpty() || !account.isEnrolled()) return;
  runInBackground<int>(
      this,
      [account, folder, recordId, missing] {
        client::PhotoClient server(client::SyncClient::makeChannel(account.serverAddress, account.certificatePin),
                                   account.credential);
        int arrived = 0;
        for (const QString& hash : missing) {
          const client::RpcResult<client::FetchedPhoto> photo = server.fetch(recordId, hash);
          QString kept;
          // Kept under the hash of what came, so a damaged answer never shows as the photo it claims to be.
          if (photo.ok() && folder.keep(photo.value->bytes, &kept).isOk() && kept == hash) ++arrived;
        }
        return arrived;
      },
      [this](int arrived) {
        if (arrived > 0) emit photosArrived();
      });
}

QUrl PhotoShelf::urlOf(const QString& hash) const {
  if (!manager_ || !manager_->isOpen()) return {};
  const client::PhotoFolder folder(client::photoFolderFor(manager_->store().path()));
  return folder.contains(hash) ? QUrl::fromLocalFile(folder.pathOf(hash)) : QUrl();
}

QStringList PhotoShelf::photosOf(const QString& recordId) const {
  if (!manager_ || !manager_->isOpen()) return {};
  const std::optional<client::StoredRecord> record = manager_->store().record(recordId);
  return record ? record->head.fields.value(QStringLiteral("photos")).toStringList() : QStringList();
}

QString PhotoShelf::placeOf(const QString& recordId) const {
  if (!manager_ || !manager_->isOpen()) return {};
  const std::optional<client::StoredRecord> record = manager_->store().record(recordId);
  if (!record) return {};
  const QVariantMap& fields = record->head.fields;
  return placeText(fields.value(QStringLiteral("latitude_e6")).toLongLong(),
                   fields.value(QStringLiteral("longitude_e6")).toLongLong(),
                   fields.value(QStringLiteral("accuracy_m")).toLongLong());
}

QStringList PhotoShelf::photosIn(RecordEditor* editor) const {
  return editor ? editor->value(QStringLiteral("photos")).toStringList() : QStringList();
}

QString PhotoShelf::placeIn(RecordEditor* editor) const {
  if (!editor) return {};
  return placeText(editor->value(QStringLiteral("latitude_e6")).toLongLong(),
                   editor->value(QStringLiteral("longitude_e6")).toLongLong(),
                   editor->value(QStringLiteral("accuracy_m")).toLongLong());
}

QString PhotoShelf::placeText(qint64 latitudeE6, qint64 longitudeE6, qint64 accuracyM) const {
  if (latitudeE6 == 0 && longitudeE6 == 0) return {};
  const QLocale locale;
  const auto degrees = [&](qint64 e6) { return locale.toString(static_cast<double>(std::abs(e6)) / 1e6, 'f', 5); };
  const QString north = latitudeE6 >= 0 ? QCoreApplication::translate("PhotoShelf", "N")
                                        : QCoreApplication::translate("PhotoShelf", "S");
  const QString east = longitudeE6 >= 0 ? QCoreApplication::translate("PhotoShelf", "E")
                                        : QCoreApplication::translate("PhotoShelf", "W");
  QString text = QStringLiteral("%1° %2, %3° %4").arg(degrees(latitudeE6), north, degrees(longitudeE6), east);
  if (accuracyM > 0) text += QCoreApplication::translate("PhotoShelf", " (±%1 m)").arg(accuracyM);
  return text;
}

}  // namespace sohoi::app
