#pragma once

#include <QSize>
#include <QString>

class QWidget;

// `--screenshot FILE`: used for the docs, visual checks and timing start-up as a whole.
namespace WindowScreenshot {
// "1280x800" -> QSize; an invalid QSize if the text is not WIDTHxHEIGHT with sane values.
QSize parseSize(const QString &text);
// Saves the window once the event loop has painted it, then quits the application.
void saveAfterFirstPaint(QWidget *window, const QString &file);
} // namespace WindowScreenshot
