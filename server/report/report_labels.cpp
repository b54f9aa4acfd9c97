#include "report_labels.h"

#include <QLocale>
#include <cmath>

namespace sohoi::server {

QString targetGroupTitleVi(int group) {
  static const char* const kTitles[kTargetGroups] = {
      "Phong trào thi đua, điển hình tiên tiến",
      "Tuyên truyền, giáo dục chính trị tư tưởng",
      "Chào mừng Đại hội đại biểu phụ nữ các cấp",
      "Xây dựng nông thôn mới, đô thị văn minh; gia đình \u201c5 không, 3 sạch\u201d",
      "Hỗ trợ phụ nữ phát triển kinh tế, đào tạo nghề, khởi nghiệp",
      "Giám sát, phản biện xã hội, thực hiện quyền dân chủ",
      "Thực hiện Đề án 938",
      "Xếp loại tổ chức Hội, quỹ hoạt động",
      "Phát triển hội viên",
      "Đào tạo, bồi dưỡng cán bộ Hội",
  };
  if (group < 1 || group > kTargetGroups) return QStringLiteral("Các nội dung khác");
  return QString::fromUtf8(kTitles[group - 1]);
}

QString unitLevelLabelVi(UnitLevel level) {
  switch (level) {
    case UnitLevel::Province: return QStringLiteral("Tỉnh");
    case UnitLevel::District: return QStringLiteral("Huyện");
    case UnitLevel::Commune: return QStringLiteral("Cơ sở");
    case UnitLevel::Branch: break;
  }
  return QStringLiteral("Chi hội");
}

QString valueUnitLabelVi(plan::ValueUnit unit) {
  switch (unit) {
    case plan::ValueUnit::Count: return QStringLiteral("số lượng");
    case plan::ValueUnit::People: return QStringLiteral("người");
    case plan::ValueUnit::Percent: return QStringLiteral("%");
    case plan::ValueUnit::Dong: return QStringLiteral("đồng");
    case plan::ValueUnit::Rating: break;
  }
  return QStringLiteral("xếp loại");
}

QString figureVi(double value) {
  static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
  const double rounded = std::round(value * 100) / 100;
  if (rounded == std::trunc(rounded)) return vietnamese.toString(static_cast<qint64>(rounded));
  QString text = vietnamese.toString(rounded, 'f', 2);
  if (text.endsWith(QLatin1Char('0'))) text.chop(1);
  return text;
}

QString figureWithTargetVi(const plan::IndicatorProgress& progress) {
  const bool percent = progress.valueUnit == plan::ValueUnit::Percent;
  const QString suffix = percent ? QStringLiteral("%") : QString();
  QString text = figureVi(progress.value) + suffix;
  if (progress.hasTarget) text += QStringLiteral(" / ") + figureVi(progress.target) + suffix;
  if (progress.unitsTotal >= 0)
    text += QStringLiteral(" (%1/%2 đơn vị đạt)").arg(progress.unitsMet).arg(progress.unitsTotal);
  return text;
}

}  // namespace sohoi::server
