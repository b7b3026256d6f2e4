#include "charts/ChartExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

using namespace Qt::StringLiterals;

ChartExportDialog::ChartExportDialog(const ChartExporter::Options &options, QWidget *parent)
    : QDialog(parent), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_scale(new QDoubleSpinBox(this)), m_palette(new QComboBox(this))
{
    setObjectName(u"chartExportDialog"_s);
    setWindowTitle(tr("Export Chart"));
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(100, 10000);
        side->setSuffix(tr(" px"));
    }
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(tr("×"));
    m_scale->setValue(options.scale);
    m_scale->setToolTip(tr("Text and lines are drawn this many times larger; at 2× a 1600×1000 image has the "
                           "layout of an 800×500 chart."));
    m_palette->addItem(tr("Light"), false);
    m_palette->addItem(tr("Dark"), true);
    m_palette->setCurrentIndex(options.palette.isDark ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(tr("&Background:"), m_palette);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ChartExporter::Options ChartExportDialog::options() const
{
    ChartExporter::Options options;
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->value();
    options.palette = m_palette->currentData().toBool() ? ChartPalette::dark() : ChartPalette::light();
    return options;
}
