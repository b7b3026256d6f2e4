#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// How speakers of each role are told apart on screen, readable on light and dark palettes.
namespace RoleStyle {
QColor color(const QString &role, const QPalette &palette);
QString displayName(const QString &role);
bool isDark(const QPalette &palette);
} // namespace RoleStyle
