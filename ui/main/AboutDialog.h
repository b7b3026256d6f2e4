#pragma once

class QWidget;

// Help > About: version, and the libraries the app is built on with their licences.
namespace AboutDialog {
void show(QWidget *parent);
}
