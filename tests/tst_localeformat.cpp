#include "annotations/AnnotationEditor.h"
#include "text/LocaleFormat.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

// Dates and times in each interface language's own way. Qt 6.4 prints zh_TW's CLDR pattern
// "Bh:mm" as "B19:45"; the reader should see 下午7:45.
class TestLocaleFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void timesReadAsTheLocaleWritesThem_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh_TW evening") << u"zh_TW"_s << QTime(19, 45) << u"下午7:45"_s;
        QTest::newRow("zh_TW morning") << u"zh_TW"_s << QTime(7, 5) << u"上午7:05"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << QTime(19, 45) << u"19:45"_s;
        QTest::newRow("en_US") << u"en_US"_s << QTime(19, 45) << u"7:45 PM"_s;
    }

    void timesReadAsTheLocaleWritesThem()
    {
        QFETCH(QString, locale);
        QFETCH(QTime, time);
        QFETCH(QString, expected);
        QCOMPARE(LocaleFormat::time(time, QLocale::ShortFormat, QLocale(locale)), expected);
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("cldr");
        QTest::addColumn<QString>("qt");
        QTest::newRow("day period") << u"Bh:mm"_s << u"APh:mm"_s;
        QTest::newRow("long day period") << u"BBBBh:mm"_s << u"APh:mm"_s;
        QTest::newRow("quoted B kept") << u"'B'h:mm"_s << u"'B'h:mm"_s;
        QTest::newRow("no day period") << u"HH:mm"_s << u"HH:mm"_s;
    }

    void patterns()
    {
        QFETCH(QString, cldr);
        QFETCH(QString, qt);
        QCOMPARE(LocaleFormat::qtPattern(cldr), qt);
    }

    void dateTimeHasNoStrayLetter()
    {
        const QDateTime evening(QDate(2026, 12, 2), QTime(19, 45));
        const QString shown = LocaleFormat::dateTime(evening, QLocale::ShortFormat, QLocale(u"zh_TW"_s));
        QVERIFY2(!shown.contains(u'B'), qPrintable(shown));
        QVERIFY2(shown.contains(u"下午7:45"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"2026"_s));
    }

    // The annotation dialog under the zh_TW interface.
    void annotationDialogShowsTaiwanTime()
    {
        QLocale::setDefault(QLocale(u"zh_TW"_s));
        Annotation annotation;
        annotation.quote = u"毛利率"_s;
        annotation.created = QDateTime(QDate(2026, 12, 2), QTime(19, 45)).toUTC();
        AnnotationEditor editor(annotation, {}, {});
        const auto *where = editor.findChild<QLabel *>(u"annotationWhere"_s);
        QVERIFY(where);
        QVERIFY2(where->text().contains(u"下午7:45"_s), qPrintable(where->text()));
        QVERIFY2(!where->text().contains(u"B7"_s) && !where->text().contains(u"B19"_s),
                 qPrintable(where->text()));
    }
};

QTEST_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
