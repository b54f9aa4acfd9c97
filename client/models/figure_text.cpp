#include "figure_text.h"

#include <QLocale>

namespace sohoi::app {

QString figureText(double value, plan::ValueUnit unit) {
  const QLocale locale;
  switch (unit) {
    case plan::ValueUnit::Percent:
      return locale.toString(value, 'f', 1) + QStringLiteral("%");
    case plan::ValueUnit::Dong:
      return locale.toString(value, 'f', 0) + QStringLiteral(" đ");
    case plan::ValueUnit::Rating:
      return locale.toString(value, 'f', 1);
    case plan::ValueUnit::Count:
    case plan::ValueUnit::People:
      break;
  }
  return locale.toString(value, 'f', 0);
}

}  // namespace sohoi::app
