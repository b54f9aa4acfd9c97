#include "photo_folder.h"

#include "media/photo_rules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sohoi::client {

QString PhotoFolder::pathOf(const QString& hash) const {
  return root_ + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash;
}

bool PhotoFolder::contains(const QString& hash) const { return isPhotoHash(hash) && QFile::exists(pathOf(hash)); }

Status PhotoFolder::keep(const QByteArray& bytes, QString* hash) const {
  *hash = photoHashOf(bytes);
  if (contains(*hash)) return Status::ok();
  const QString path = pathOf(*hash);
  QSaveFile file(path);  // written beside, renamed into place: a crash leaves no half photo under the name
  if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
      !file.commit())
    return Status::error(QStringLiteral("PHOTO_NOT_SAVED"),
                         QStringLiteral("Không lưu được ảnh vào máy (bộ nhớ đầy?): %1").arg(file.errorString()),
                         QStringLiteral("Could not save the photo on this device (storage full?): %1")
                             .arg(file.errorString()));
  return Status::ok();
}

QByteArray PhotoFolder::read(const QString& hash) const {
  if (!isPhotoHash(hash)) return {};
  QFile file(pathOf(hash));
  if (!file.open(QIODevice::ReadOnly)) return {};
  const QByteArray bytes = file.readAll();
  return photoHashOf(bytes) == hash ? bytes : QByteArray();
}

QString photoFolderFor(const QString& storePath) {
  return QFileInfo(storePath).absolutePath() + QStringLiteral("/photos");
}

}  // namespace sohoi::client
