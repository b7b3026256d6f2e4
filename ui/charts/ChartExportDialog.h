#pragma once

#include "charts/ChartExporter.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

// Asks for the size, scale and palette of an exported chart. PNG uses them as they are;
// SVG and PDF are laid out at size / scale, like the image.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChartExportDialog(const ChartExporter::Options &options, QWidget *parent = nullptr);

    ChartExporter::Options options() const;

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QComboBox *m_palette;
};
