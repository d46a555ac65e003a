// Qt Quick Test main: a QGuiApplication as the app's, the app's QML module, and an
// AppContext on a temporary profile with a manual clock and an in-memory keystore.
#include "AppContext.h"
#include "MeasuresTestDriver.h"
#include "ScanTestDriver.h"
#include "TestDriver.h"
#include "UiFont.h"
#include "common/Translations.h"
#include "testing/RecordingNotifier.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(org_ditcompanion_appPlugin)
Q_IMPORT_QML_PLUGIN(org_ditcompanion_designPlugin)

using namespace dit;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance());
        QQuickStyle::setStyle(QStringLiteral("Material"));
        auto clock =
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        auto keystore = std::make_unique<MemoryKeystore>();
        m_clock = clock.get();
        m_keystore = keystore.get();
        AppContext::Options options;
        options.profileDir = m_dir.filePath(QStringLiteral("profile0"));
        m_context = std::make_unique<AppContext>(options, std::move(keystore), std::move(clock));
        m_context->setNotifier(std::make_unique<RecordingNotifier>());
        m_driver = std::make_unique<TestDriver>(*m_context, *m_clock, *m_keystore);
        m_measuresDriver = std::make_unique<MeasuresTestDriver>(*m_context);
        // No camera unless a test gives one (as offscreen and on CI).
        auto scanner = std::make_unique<qrscan::FakeScanner>();
        m_scanDriver = std::make_unique<ScanTestDriver>(*scanner);
        m_context->setCodeScanner(std::move(scanner));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        AppContext::attach(*engine, *m_context);
        static bool registered = false;
        if (registered)
            return;
        registered = true;
        qmlRegisterSingletonInstance("org.ditcompanion.testing", 1, 0, "TestDriver",
                                     m_driver.get());
        qmlRegisterSingletonInstance("org.ditcompanion.testing", 1, 0, "MeasuresTestDriver",
                                     m_measuresDriver.get());
        qmlRegisterSingletonInstance("org.ditcompanion.testing", 1, 0, "ScanTestDriver",
                                     m_scanDriver.get());
    }

private:
    QTemporaryDir m_dir;
    ManualClock *m_clock = nullptr;
    MemoryKeystore *m_keystore = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<TestDriver> m_driver;
    std::unique_ptr<MeasuresTestDriver> m_measuresDriver;
    std::unique_ptr<ScanTestDriver> m_scanDriver;
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    applyUiFont(); // as the app does
    // A person's text-size setting, for looking at pages at large sizes (as --font-scale).
    if (const double scale = qEnvironmentVariable("DIT_TEST_FONT_SCALE").toDouble(); scale > 0) {
        QFont font = QGuiApplication::font();
        font.setPointSizeF(font.pointSizeF() * scale);
        QGuiApplication::setFont(font);
    }
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "dit_qml", nullptr, &setup);
}

#include "qml_main.moc"
