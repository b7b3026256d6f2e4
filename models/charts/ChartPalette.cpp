#include "charts/ChartPalette.h"

#include "transcript/RoleStyle.h"

namespace {

// Chosen to stay apart for the common colour-vision deficiencies (blue/orange pairs, with
// lightness doing the rest) and to keep at least 3:1 contrast on their background (tested),
// except the compute bars of the product ramp: pale context under the product's markers,
// which are what must stand out on them.
QColor lightColor(ChartPalette::Role role)
{
    using R = ChartPalette::Role;
    switch (role) {
    case R::DataCenter:
        return QColor(0x1f, 0x5f, 0xa8);
    case R::Rest:
        return QColor(0x6a, 0x93, 0xc4);
    case R::Growth:
        return QColor(0xc4, 0x5a, 0x00);
    case R::GaapMargin:
        return QColor(0x1f, 0x5f, 0xa8);
    case R::NonGaapMargin:
        return QColor(0x2e, 0x8b, 0x57);
    case R::NetMargin:
        return QColor(0x7b, 0x4f, 0x9d);
    case R::Outlook:
        return QColor(0xc4, 0x5a, 0x00);
    case R::Compute:
        return QColor(0x9d, 0xb8, 0xd6);
    case R::Disclosed:
        return QColor(0x0b, 0x6e, 0x3a);
    case R::Estimate:
        return QColor(0xc4, 0x5a, 0x00);
    case R::Statement:
        return QColor(0x55, 0x55, 0x55);
    case R::Linked:
        return QColor(0xc0, 0x1c, 0x6b);
    case R::Highlight:
        return QColor(0xff, 0xd5, 0x4f, 90);
    }
    return Qt::black;
}

QColor darkColor(ChartPalette::Role role)
{
    using R = ChartPalette::Role;
    switch (role) {
    case R::DataCenter:
        return QColor(0x5a, 0x9b, 0xe6);
    case R::Rest:
        return QColor(0xb3, 0xcb, 0xe8);
    case R::Growth:
        return QColor(0xff, 0xa1, 0x4a);
    case R::GaapMargin:
        return QColor(0x6c, 0xa8, 0xf0);
    case R::NonGaapMargin:
        return QColor(0x5c, 0xd1, 0x8e);
    case R::NetMargin:
        return QColor(0xc3, 0x9b, 0xe8);
    case R::Outlook:
        return QColor(0xff, 0xa1, 0x4a);
    case R::Compute:
        return QColor(0x3a, 0x5a, 0x80);
    case R::Disclosed:
        return QColor(0x5c, 0xd1, 0x8e);
    case R::Estimate:
        return QColor(0xff, 0xa1, 0x4a);
    case R::Statement:
        return QColor(0xc8, 0xc8, 0xc8);
    case R::Linked:
        return QColor(0xff, 0x6e, 0xb0);
    case R::Highlight:
        return QColor(0xff, 0xd5, 0x4f, 60);
    }
    return Qt::white;
}

} // namespace

QColor ChartPalette::color(Role role) const
{
    return isDark ? darkColor(role) : lightColor(role);
}

ChartPalette ChartPalette::light()
{
    ChartPalette p;
    p.isDark = false;
    p.background = Qt::white;
    p.plotBackground = Qt::white;
    p.text = QColor(0x20, 0x20, 0x20);
    p.mutedText = QColor(0x5a, 0x5a, 0x5a);
    p.grid = QColor(0xe2, 0xe2, 0xe2);
    p.axis = QColor(0x80, 0x80, 0x80);
    return p;
}

ChartPalette ChartPalette::dark()
{
    ChartPalette p;
    p.isDark = true;
    p.background = QColor(0x1e, 0x1f, 0x22);
    p.plotBackground = QColor(0x1e, 0x1f, 0x22);
    p.text = QColor(0xe8, 0xe8, 0xe8);
    p.mutedText = QColor(0xb0, 0xb0, 0xb0);
    p.grid = QColor(0x3a, 0x3c, 0x40);
    p.axis = QColor(0x90, 0x90, 0x90);
    return p;
}

ChartPalette ChartPalette::forPalette(const QPalette &palette)
{
    return RoleStyle::isDark(palette) ? dark() : light();
}
