#include "annotations/AnnotationStyle.h"

#include "transcript/RoleStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace AnnotationStyle {

QColor background(const QString &colour, const QPalette &palette)
{
    struct Shades
    {
        const char *name;
        QRgb light;
        QRgb dark;
    };
    // Light shades keep black text above 4.5:1; dark shades keep near-white text above it.
    static constexpr Shades kShades[] = {
        {AnnotationColour::Yellow, 0xfff176, 0x5c4f00}, {AnnotationColour::Green, 0xb9e4a0, 0x245219},
        {AnnotationColour::Blue, 0xa9dcf7, 0x174a6b},   {AnnotationColour::Pink, 0xf8bbd0, 0x6a1f44},
        {AnnotationColour::Orange, 0xffcc80, 0x6e3c00},
    };
    const bool dark = RoleStyle::isDark(palette);
    for (const Shades &s : kShades) {
        if (colour == QLatin1StringView(s.name))
            return QColor::fromRgb(dark ? s.dark : s.light);
    }
    return QColor::fromRgb(dark ? kShades[0].dark : kShades[0].light);
}

QTextCharFormat format(const Annotation &annotation, const QPalette &palette)
{
    QTextCharFormat f;
    f.setBackground(background(annotation.colour, palette));
    f.setForeground(palette.color(QPalette::Text));
    if (!annotation.note.isEmpty()) {
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(palette.color(QPalette::Text));
    }
    f.setToolTip(annotation.note);
    return f;
}

QString displayName(const QString &colour)
{
    if (colour == QLatin1StringView(AnnotationColour::Yellow))
        return QCoreApplication::translate("AnnotationStyle", "Yellow");
    if (colour == QLatin1StringView(AnnotationColour::Green))
        return QCoreApplication::translate("AnnotationStyle", "Green");
    if (colour == QLatin1StringView(AnnotationColour::Blue))
        return QCoreApplication::translate("AnnotationStyle", "Blue");
    if (colour == QLatin1StringView(AnnotationColour::Pink))
        return QCoreApplication::translate("AnnotationStyle", "Pink");
    if (colour == QLatin1StringView(AnnotationColour::Orange))
        return QCoreApplication::translate("AnnotationStyle", "Orange");
    return colour;
}

QIcon swatch(const QString &colour, const QPalette &palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette.color(QPalette::Mid));
    painter.setBrush(background(colour, palette));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace AnnotationStyle
