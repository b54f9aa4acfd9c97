// A white panel with a soft border, the building block of the home and detail pages.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

Pane {
    padding: Theme.gap
    Material.elevation: 1
    background: Rectangle { color: "white"; radius: 8; border.color: Theme.cardBorder }
}
