// sohoi-app: the branch leader's tablet app. A thin main (Itinerary's pattern): it parses the command
// line, creates the long-lived AppController and loads the QML shell; --screenshot and --bench run the
// same pages and models for reviewers and for the numbers.
#include "app_controller.h"
#include "bench.h"
#include "screenshots.h"
#include "net/grpc_process.h"
#include "storage/sqlite_process.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SoHoi_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(SoHoiPlugin)

int main(int argc, char* argv[]) {
  sohoi::storage::configureSqliteProcess();
  sohoi::net::configureGrpcProcess();
  QApplication application(argc, argv);  // not QGuiApplication: the dashboard's Qt Charts need widgets
  QApplication::setApplicationName(QStringLiteral("sohoi-app"));
  QApplication::setOrganizationName(QStringLiteral("SoHoi"));
  QApplication::setApplicationVersion(QStringLiteral(SOHOI_APP_VERSION));
  QQuickStyle::setStyle(QStringLiteral("Material"));
  // Noto Sans carries every Vietnamese diacritic; DejaVu Sans is the fallback, never a serif face.
  QFont font(QStringLiteral("Noto Sans"));
  font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
  QApplication::setFont(font);

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Sổ Hội: the branch leader's app"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Default sync server (host:port)."),
                                  QStringLiteral("ADDR"), QStringLiteral("127.0.0.1:50051"));
  const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Folder for the device's data."),
                                QStringLiteral("DIR"),
                                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
  const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                      QStringLiteral("Render the main pages at tablet and phone sizes, in both "
                                                     "languages, to PNG files in DIR, then quit."),
                                      QStringLiteral("DIR"));
  const QCommandLineOption plan(QStringLiteral("plan"),
                                QStringLiteral("With --screenshot: the plan file whose progress the home page shows."),
                                QStringLiteral("FILE"));
  const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: vi or en."), QStringLiteral("LANG"));
  const QCommandLineOption bench(QStringLiteral("bench"),
                                 QStringLiteral("Print cold start, form save and search times over 10,000 records."));
  parser.addOptions({server, data, screenshot, plan, lang, bench});
  parser.process(application);

  if (parser.isSet(screenshot)) return sohoi::app::renderScreenshots(parser.value(screenshot), parser.value(plan));
  if (parser.isSet(bench)) return sohoi::app::runBench();

  sohoi::app::AppController controller;
  QQmlApplicationEngine engine;
  controller.setEngine(&engine);
  if (!controller.open(parser.value(data), parser.value(server)))
    qWarning("%s", qPrintable(controller.storeError()));
  if (parser.isSet(lang)) controller.setLanguage(parser.value(lang));
  engine.addImportPath(QStringLiteral("qrc:/"));
  engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)}});
  engine.load(QUrl(QStringLiteral("qrc:/SoHoi/Main.qml")));
  if (engine.rootObjects().isEmpty()) return 1;
  return QApplication::exec();
}
