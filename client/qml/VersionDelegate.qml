// One version in a record's history: its number, when and where it was made, and whether it is current.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

RowLayout {
    required property var modelData
    spacing: 12
    Rectangle {
        width: 32; height: 32; radius: 16
        color: modelData.isHead ? Theme.primary : "#BDBDBD"
        Label { anchors.centerIn: parent; text: modelData.number; color: "white"; font.bold: true }
    }
    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        Label {
            text: modelData.deleted ? qsTr("Version %1 (deleted)").arg(modelData.number)
                                    : qsTr("Version %1").arg(modelData.number)
            font.weight: modelData.isHead ? Font.Medium : Font.Normal
        }
        Label { text: modelData.when + " · " + modelData.origin; color: Theme.muted; font.pixelSize: 13 }
        Label {
            visible: modelData.changes.length > 0
            text: qsTr("Changed: %1").arg(modelData.changes)
            color: Theme.muted; font.pixelSize: 13; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
    }
    StatusChip { visible: modelData.isHead; text: qsTr("Current"); tint: Theme.primary }
}
