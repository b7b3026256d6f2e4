#include "transcript/RoleStyle.h"

#include "transcript/Transcript.h"

#include <QCoreApplication>

namespace RoleStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor color(const QString &role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    struct Pair
    {
        const char *role;
        QColor light;
        QColor dark;
    };
    static const Pair pairs[] = {
        {Role::Analyst, QColor(0x1f, 0x5f, 0xbf), QColor(0x8a, 0xb4, 0xf8)},
        {Role::Executive, QColor(0x0b, 0x7a, 0x4b), QColor(0x7f, 0xd8, 0xa6)},
        {Role::Investor, QColor(0x7b, 0x3f, 0xa8), QColor(0xc8, 0xa2, 0xf0)},
        {Role::Commenter, QColor(0x9a, 0x5b, 0x13), QColor(0xf0, 0xb8, 0x6e)},
        {Role::Operator, QColor(0x5f, 0x63, 0x68), QColor(0xb0, 0xb4, 0xb8)},
    };
    for (const Pair &p : pairs) {
        if (role == QLatin1StringView(p.role))
            return dark ? p.dark : p.light;
    }
    // Furniture is there to be looked past.
    if (role == QLatin1StringView(Role::Furniture))
        return palette.color(QPalette::PlaceholderText);
    return palette.color(QPalette::Text);
}

QString displayName(const QString &role)
{
    if (role == QLatin1StringView(Role::Analyst))
        return QCoreApplication::translate("RoleStyle", "Analyst");
    if (role == QLatin1StringView(Role::Executive))
        return QCoreApplication::translate("RoleStyle", "Executive");
    if (role == QLatin1StringView(Role::Investor))
        return QCoreApplication::translate("RoleStyle", "Investor");
    if (role == QLatin1StringView(Role::Commenter))
        return QCoreApplication::translate("RoleStyle", "Comment");
    if (role == QLatin1StringView(Role::Operator))
        return QCoreApplication::translate("RoleStyle", "Operator");
    if (role == QLatin1StringView(Role::Furniture))
        return QCoreApplication::translate("RoleStyle", "Page furniture");
    return role;
}

} // namespace RoleStyle
