#pragma once

#include "annotations/Annotation.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QTextCharFormat>

// How highlights look: a soft background on light palettes, a deep one on dark palettes,
// so the text keeps its contrast either way. A highlight with a note is underlined.
namespace AnnotationStyle {
QColor background(const QString &colour, const QPalette &palette);
QTextCharFormat format(const Annotation &annotation, const QPalette &palette);
QString displayName(const QString &colour);
QIcon swatch(const QString &colour, const QPalette &palette);
} // namespace AnnotationStyle
