// Catch2 with a QGuiApplication (offscreen): the models use Qt's event loop and QLocale, never a window.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QString>

namespace Catch {
// Failures print the strings themselves, not "{?}".
template <>
struct StringMaker<QString> {
  static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
}  // namespace Catch

int main(int argc, char* argv[]) {
  // CTest lists the cases by running this without a display; the models never draw.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication application(argc, argv);
  return Catch::Session().run(argc, argv);
}
