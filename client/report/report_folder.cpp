#include "report_folder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sohoi::client {

namespace {

Status cannotWrite(const QString& path, const QString& whyVi, const QString& whyEn) {
  return Status::error(QStringLiteral("CANNOT_SAVE"), QStringLiteral("Không lưu được %1: %2").arg(path, whyVi),
                       QStringLiteral("Could not save %1: %2").arg(path, whyEn));
}

}  // namespace

QString unusedPath(const QString& folder, const QString& name) {
  const QDir dir(folder);
  if (!QFileInfo::exists(dir.filePath(name))) return dir.filePath(name);
  // The extension stays last so the file still opens with its program; a leading dot is not one.
  const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
  const QString base = dot > 0 ? name.left(dot) : name;
  const QString extension = dot > 0 ? name.mid(dot) : QString();
  for (int n = 2;; ++n) {
    const QString candidate = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(extension));
    if (!QFileInfo::exists(candidate)) return candidate;
  }
}

Status saveReportFile(const QString& folder, const QString& fileName, const QByteArray& bytes, QString* savedPath) {
  const QString name = QFileInfo(fileName).fileName();
  if (name.isEmpty() || name == QLatin1String("..") || name == QLatin1String("."))
    return cannotWrite(fileName, QStringLiteral("tên tệp không hợp lệ"), QStringLiteral("not a file name"));
  if (!QDir().mkpath(folder))
    return cannotWrite(folder, QStringLiteral("không tạo được thư mục"), QStringLiteral("cannot make the folder"));
  const QString path = unusedPath(folder, name);
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
    return cannotWrite(path, file.errorString(), file.errorString());
  if (savedPath) *savedPath = path;
  return Status::ok();
}

}  // namespace sohoi::client
