#pragma once

#include <QIcon>
#include <QWidget>

class QChart;
class QToolButton;

// The legend of an on-screen chart as widgets: one checkable button per series that flow onto
// as many rows as the pane's width needs. Qt Charts' own legend keeps one row and elides the
// names in a narrow pane; these buttons keep whole names, take Tab focus and toggle with Space.
// Exports keep the chart's own legend, which has room at export sizes.
class ChartLegend : public QWidget
{
    Q_OBJECT
public:
    explicit ChartLegend(QWidget *parent = nullptr);

    // One entry per legend marker of the chart, with a swatch drawn from its series' pen,
    // brush and marker; hiddenSeries are shown unchecked.
    void setChart(const QChart *chart, const QSet<QString> &hiddenSeries);
    QToolButton *button(const QString &seriesId) const;
    QStringList seriesIds() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seriesToggled(const QString &seriesId, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Places the buttons in rows no wider than width (when apply is set) and returns the
    // height they take.
    int flow(int width, bool apply) const;
    void retranslate();

    QList<QToolButton *> m_buttons;
};
