#pragma once

#include "options/ArticleQuote.h"
#include "options/PutCalculator.h"

#include <QDockWidget>
#include <QHash>

#include <optional>

class MetricRepository;
class PutPayoffChartView;
class PutScenarioBar;
class PutScenarioRepository;
class QUndoStack;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

// "Sell a put": the trade's inputs, every output with its formula on demand, the payoff
// chart, and what the trade means in plain words, all following each edit. The arithmetic
// is PutCalculator's; this pane only reads the fields and shows what comes back.
class PutCalculatorPane : public QDockWidget
{
    Q_OBJECT
public:
    explicit PutCalculatorPane(QWidget *parent = nullptr);

    PutInputs inputs() const;
    void setInputs(const PutInputs &inputs);
    const PutResult &result() const { return m_result; }
    // The value label of an output, by its key (PutFigure::key); nullptr if never shown.
    QLabel *outputLabel(const QString &key) const;
    PutPayoffChartView *chartView() const { return m_chart; }
    QLabel *explanationLabel() const { return m_explanation; }
    // The pane's content, for a picture of all of it.
    QWidget *content() const { return m_content; }

    // The underlying price and its date from the library's share-price close for the
    // company (the built-in article's, stored as a figure); nothing without one.
    void fillFromArticle();
    // Where that close is read from, and whose; without them the button is disabled.
    void setFigures(MetricRepository *figures);
    void setCompany(const QString &ticker);
    void setFormulasShown(bool shown);
    // Scenarios saved with the open call, through the window's undo stack; without these
    // (or without a call) the pane only calculates.
    void setScenarioStore(PutScenarioRepository *repository, QUndoStack *undoStack);
    void setCurrentCall(qint64 callId);
    PutScenarioBar *scenarios() const { return m_scenarios; }

    // Writes the payoff chart as PNG, SVG or PDF, by the file's suffix; whole or not at all.
    bool exportChartTo(const QString &path, QString *error);

signals:
    void resultChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct OutputRow
    {
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        QLabel *formula = nullptr;
    };

    QWidget *createInputs();
    QWidget *createOutputs();
    void recompute();
    void showFigures(const QList<PutFigure> &figures);
    OutputRow &rowFor(const QString &key);
    void keepTryDateInRange();
    void exportChart();
    void retranslate();

    QWidget *m_content;
    QGroupBox *m_tradeBox = nullptr;
    QFormLayout *m_inputForm = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QPushButton *m_fromArticle = nullptr;
    MetricRepository *m_figures = nullptr;
    QString m_company;
    std::optional<ArticleQuote> m_close; // what the button fills in, read from m_figures
    QDoubleSpinBox *m_strike = nullptr;
    QDoubleSpinBox *m_premium = nullptr;
    QDateEdit *m_tradeDate = nullptr;
    QDateEdit *m_expiry = nullptr;
    QSpinBox *m_contracts = nullptr;
    QDoubleSpinBox *m_fees = nullptr;
    QDoubleSpinBox *m_volatility = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QComboBox *m_basis = nullptr;
    QDoubleSpinBox *m_tryPrice = nullptr;
    QDateEdit *m_tryDate = nullptr;
    QLabel *m_refusal = nullptr;
    QGroupBox *m_resultsBox = nullptr;
    QCheckBox *m_showFormulas = nullptr;
    QGridLayout *m_outputGrid = nullptr;
    QHash<QString, OutputRow> m_rows;
    PutPayoffChartView *m_chart = nullptr;
    QLabel *m_legend = nullptr;
    QPushButton *m_exportChart = nullptr;
    QGroupBox *m_meaningBox = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_parity = nullptr;
    QGroupBox *m_assumptionsBox = nullptr;
    QLabel *m_assumptions = nullptr;
    PutScenarioBar *m_scenarios = nullptr;
    PutResult m_result;
};
