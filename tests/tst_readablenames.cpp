#include "annotations/Annotation.h"
#include "charts/ChartBuilder.h"
#include "figures/FigureSource.h"
#include "figures/FigureTableModel.h"
#include "figures/MetricRepository.h"
#include "figures/SampleFigures.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "util/LanguageManager.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// What the app shows of a figure's metric and source is what a reader understands: a
// metric's name, never its key; a document, never a repository at a commit.
class TestReadableNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const auto sample = SampleFigures::figures(&error);
        QVERIFY2(sample, qPrintable(error));
        m_sample = *sample;
    }

    void cleanupTestCase() { LanguageManager::instance().apply(u"en"_s); }

    void sourceReadsAsDocuments_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("readable");
        QTest::newRow("press release and 10-Q at a commit")
            << u"akiraak/ai-financial-analyst@fa4cda3 companies/nvidia/filings/FY2023/Q1/press-release.html + 10-Q.htm"_s
            << u"NVDA press release and 10-Q for FY2023Q1"_s;
        QTest::newRow("press release and either filing")
            << u"akiraak/ai-financial-analyst@fa4cda3 companies/nvidia/filings/FY2025/Q3/ press-release.html + 10-Q/10-K"_s
            << u"NVDA press release and 10-Q/10-K for FY2025Q3"_s;
        QTest::newRow("earnings call with its repository")
            << u"Q2 FY2025 call (rkchung1/nvda-earnings-call-signal-extraction backend/data/transcripts)"_s
            << u"NVDA earnings call for FY2025Q2"_s;
        QTest::newRow("earnings call, same repository")
            << u"Q3 FY2025 call (same repo)"_s << u"NVDA earnings call for FY2025Q3"_s;
        QTest::newRow("company facts filing")
            << u"10-Q filed on 2024-11-20, accession 0001045810-24-000316 (Revenues)"_s
            << u"NVDA 10-Q, filed 2024-11-20"_s;
        QTest::newRow("company facts, a year minus nine months")
            << u"10-K filed on 2025-02-26, accession 0001045810-25-000023 minus 10-Q filed on 2024-11-20, "
               "accession 0001045810-24-000316 (Revenues)"_s
            << u"NVDA 10-K, filed 2025-02-26 and 10-Q, filed 2024-11-20"_s;
        QTest::newRow("the built-in article")
            << u"built-in article 000_d7df10e03045e75a.txt (the sample call's write-up); quoted from the article"_s
            << u"the article that comes with the sample call"_s;
        QTest::newRow("words of a reader's own")
            << u"CFO commentary, nasdaq.com"_s << u"CFO commentary, nasdaq.com"_s;
        QTest::newRow("a commit and its path among words")
            << u"my notes from owner/repo@0123abcd docs/q3.md notes.md"_s << u"my notes from notes.md"_s;
        QTest::newRow("nothing") << QString() << u"not given"_s;
    }

    void sourceReadsAsDocuments()
    {
        QFETCH(QString, source);
        QFETCH(QString, readable);
        Figure figure;
        figure.company = u"NVDA"_s;
        figure.source = source;
        QCOMPARE(FigureSource::readable(figure), readable);
    }

    void noSampleSourceShowsARepository()
    {
        for (const Figure &figure : std::as_const(m_sample)) {
            const QString shown = FigureSource::readable(figure);
            QVERIFY2(!isRepositoryText(shown), qPrintable(figure.source + u" -> "_s + shown));
        }
    }

    void figuresTableSourceColumnIsReadable()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(u"names.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        MetricRepository repository(&store);
        QUndoStack undo;
        FigureTableModel model(&repository, &undo);
        model.setCompany(u"NVDA"_s);
        QVERIFY(model.rowCount() > 20);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex source = model.index(row, FigureTableModel::SourceColumn);
            const QString shown = source.data().toString();
            QVERIFY2(!isRepositoryText(shown), qPrintable(shown));
            QVERIFY2(!model.index(row, FigureTableModel::MetricColumn).data().toString().contains(u'_'),
                     qPrintable(model.index(row, FigureTableModel::MetricColumn).data().toString()));
        }
    }

    void figureLinkNamesTheMetric_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("GAAP gross margin") << u"gaap_gross_margin"_s << u"GAAP gross margin"_s;
        QTest::newRow("revenue") << u"revenue"_s << u"Revenue"_s;
        QTest::newRow("Blackwell revenue") << u"blackwell_revenue"_s << u"Blackwell revenue"_s;
        QTest::newRow("another product") << u"product:Rubin:revenue"_s << u"Rubin revenue"_s;
    }

    void figureLinkNamesTheMetric()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        const QString text = FigureLink{u"NVDA"_s, u"FY2025Q4"_s, key}.displayText();
        QVERIFY2(text.contains(name, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(key), qPrintable(text));
    }

    // Exported, a chart's footnote names the documents, in the interface's language.
    void chartSourceLineNamesDocuments_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("chart");
        for (const QString &language : {u"en"_s, u"zh_TW"_s, u"zh_CN"_s}) {
            for (const QString &chart : ChartBuilder::ids())
                QTest::addRow("%s %s", qPrintable(language), qPrintable(chart)) << language << chart;
        }
    }

    void chartSourceLineNamesDocuments()
    {
        QFETCH(QString, language);
        QFETCH(QString, chart);
        LanguageManager::instance().apply(language);
        const auto builder = ChartBuilder::create(chart);
        const ChartInput input{FigureSet(m_sample).chartView(), u"NVDA"_s, {}, {}};
        const auto [from, to] = builder->defaultRange(input);
        const QString line =
            builder->build(input, ChartBuilder::quartersBetween(input.figures, from, to)).sourceLine;
        QVERIFY2(!isRepositoryText(line), qPrintable(line));
        QVERIFY2(!line.contains(u"tooltip"_s, Qt::CaseInsensitive) && !line.contains(u"Figures table"_s),
                 qPrintable(line));
        if (language == u"en"_s) {
            QVERIFY2(line.contains(u"press release"_s), qPrintable(line));
            return;
        }
        // Nothing English but names, forms and quarters (NVDA, 10-Q, FY2025Q3, GAAP), and the
        // words a figure's source was recorded in, quoted as such.
        static const QRegularExpression quoted(u"[“「][^”」]*[”」]"_s);
        static const QRegularExpression word(u"\\b[A-Za-z]{3,}\\b"_s);
        for (auto it = word.globalMatch(QString(line).remove(quoted)); it.hasNext();) {
            const QString found = it.next().captured();
            QVERIFY2(found == u"NVDA"_s || found == u"GAAP"_s || found.startsWith(u"FY"_s),
                     qPrintable(found + u" in: "_s + line));
        }
    }

private:
    static bool isRepositoryText(const QString &text)
    {
        static const QRegularExpression commit(u"@[0-9a-f]{6,40}|\\brepo\\b|companies/|\\.html?\\b"_s);
        return text.contains(commit);
    }

    QTemporaryDir m_dir;
    QList<Figure> m_sample;
};

QTEST_MAIN(TestReadableNames)
#include "tst_readablenames.moc"
