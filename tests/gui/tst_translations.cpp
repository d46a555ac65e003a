// The English translation supplies every plural form, and it is the one the app loads.
#include "TestSupport.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QXmlStreamReader>

using namespace dit;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPluralIsWritten()
    {
        const QByteArray ts = test::readFile(QStringLiteral(DIT_TS_DIR "/dit_en.ts"));
        QVERIFY(!ts.isEmpty());
        QXmlStreamReader xml(ts);
        QString source;
        int plurals = 0;
        QStringList unfinished;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++plurals;
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                    unfinished << source;
            } else if (xml.name() == QLatin1String("numerusform")) {
                if (xml.readElementText().trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(plurals > 0);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("run scripts/fill-english-plurals.py; unfinished: ") +
                            unfinished.join(QStringLiteral(" | "))));
    }

    void englishPluralsAreLoaded()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance()));
        QCOMPARE(QCoreApplication::translate("SettingsPage", "%n minute(s)", nullptr, 1),
                 QStringLiteral("1 minute"));
        QCOMPARE(QCoreApplication::translate("SettingsPage", "%n minute(s)", nullptr, 30),
                 QStringLiteral("30 minutes"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
