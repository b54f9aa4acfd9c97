#include "photo_demo.h"

#include "app_window.h"

#include "photos/photo_folder.h"
#include "photos/photo_scaling.h"

#include <QDir>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QQmlProperty>
#include <QQuickItem>
#include <algorithm>
#include <cstdio>
#include <tuple>
#include <utility>
#include <vector>

namespace sohoi::app {

namespace {

// A page of names in rows, as a branch's attendance sheet photographed on a table; seed varies it.
QImage attendanceSheet(int seed) {
  QImage image(2400, 1800, QImage::Format_RGB32);
  image.fill(QColor(90, 70, 50));
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(QRect(300, 100, 1800, 1600), QColor(250, 248, 240));
  QFont font = painter.font();
  font.setPixelSize(44);
  painter.setFont(font);
  painter.setPen(Qt::black);
  painter.drawText(QRect(300, 140, 1800, 80), Qt::AlignCenter, QStringLiteral("DANH SÁCH DỰ HỌP CHI HỘI"));
  font.setPixelSize(34);
  painter.setFont(font);
  for (int row = 0; row < 24; ++row) {
    const int y = 280 + row * 58;
    painter.drawLine(360, y + 50, 2040, y + 50);
    painter.drawText(380, y + 40, QStringLiteral("%1. Nguyễn Thị %2").arg(row + 1).arg(QChar(u'A' + (row + seed) % 26)));
  }
  return image;
}

QQuickItem* scrolledTo(QQuickWindow* window, const char* objectName) {
  // Searched through the items drawn (pages made by a StackView are not QObject children of the
  // window's content); pages below the top of the stack keep their strips: the one shown is visible.
  QQuickItem* item = nullptr;
  std::vector<QQuickItem*> left{window->contentItem()};
  while (!left.empty() && !item) {
    QQuickItem* next = left.back();
    left.pop_back();
    if (next->objectName() == QLatin1String(objectName) && next->isVisible()) item = next;
    for (QQuickItem* child : next->childItems()) left.push_back(child);
  }
  if (!item) return nullptr;
  // The page's Flickable: the nearest ancestor that scrolls.
  for (QQuickItem* parent = item->parentItem(); parent; parent = parent->parentItem()) {
    QQmlProperty contentY(parent, QStringLiteral("contentY"));
    QQmlProperty contentHeight(parent, QStringLiteral("contentHeight"));
    if (!contentY.isValid() || !contentHeight.isValid()) continue;
    const qreal top = item->mapToItem(parent->property("contentItem").value<QQuickItem*>(), QPointF(0, 0)).y();
    const qreal bottom = contentHeight.read().toReal() - parent->height();
    contentY.write(std::max<qreal>(0, std::min<qreal>(top - 80, bottom)));
    break;
  }
  return item;
}

}  // namespace

QStringList keepDemoPhotos(client::LocalStore& store, int count) {
  const client::PhotoFolder folder(client::photoFolderFor(store.path()));
  QStringList hashes;
  for (int i = 0; i < count; ++i) {
    QString hash;
    if (folder.keep(client::preparedJpeg(attendanceSheet(i)), &hash).isOk()) hashes.append(hash);
  }
  return hashes;
}

bool attachDemoEvidence(client::LocalStore& store, const QString& recordId, const QStringList& photos) {
  const std::optional<client::StoredRecord> record = store.record(recordId);
  if (!record) return false;
  QVariantMap fields = record->head.fields;
  fields.insert(QStringLiteral("photos"), photos);
  fields.insert(QStringLiteral("latitude_e6"), qint64{21'594'120});
  fields.insert(QStringLiteral("longitude_e6"), qint64{105'848'000});
  fields.insert(QStringLiteral("accuracy_m"), qint64{12});
  return store.editRecord(recordId, fields).isOk();
}

bool shootPhotoPages(AppController* controller, const QString& dir, const QString& language) {
  client::LocalStore& store = controller->manager()->store();
  const std::vector<RecordSummary> activities = controller->manager()->summaries(RecordKind::Activity);
  // The oldest activity: the newest is the one returned by review, whose form the other shots left a
  // draft of (a draft made before the photos would hide them).
  if (activities.empty() || !attachDemoEvidence(store, activities.back().recordId, keepDemoPhotos(store, 3)))
    return false;
  controller->manager()->reload();
  const QString recordId = activities.back().recordId;
  bool ok = true;
  for (const auto& [size, width, height] : {std::tuple{"tablet", 1280, 800}, std::tuple{"phone", 360, 640}}) {
    AppWindow app = loadAppWindow(controller, width, height);
    if (!app.window) return false;
    for (const auto& [page, name] : {std::pair{QString(QStringLiteral("detail:") + recordId), "detail-activity"},
                                     std::pair{QString(QStringLiteral("edit:activity:") + recordId), "editor-activity"}}) {
      QMetaObject::invokeMethod(app.window, "showPage", Q_ARG(QVariant, page));
      settle(700);
      ok &= scrolledTo(app.window, "photoStrip") != nullptr;
      settle(500);
      const QString path = QDir(dir).filePath(
          QStringLiteral("%1-%2-photos-%3.png").arg(language, QLatin1String(size), QLatin1String(name)));
      ok &= app.window->grabWindow().save(path);
      std::printf("%s\n", qPrintable(path));
    }
  }
  return ok;
}

}  // namespace sohoi::app
