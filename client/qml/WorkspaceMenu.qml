// The workspace's places, under the person's unit and name: review, progress, sync health,
// enrolment and devices, reports, sync and settings. The review entry counts what awaits a decision, sync health the silent branches, sync the
// decisions not yet sent.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Pane {
    id: menu
    required property AppController app
    property string current
    signal selected(string name)
    padding: 0
    Material.elevation: 2

    ReviewQueueModel { id: queue; manager: menu.app.manager }

    readonly property var entries: [
        { name: "review", label: qsTr("Review queue"), badge: queue.count },
        { name: "dashboard", label: qsTr("Target progress"), badge: 0 },
        { name: "health", label: qsTr("Sync health"), badge: menu.app.services.syncHealth.silentCount },
        { name: "devices", label: qsTr("Enrolment and devices"), badge: 0 },
        { name: "reports", label: qsTr("Reports"), badge: 0 },
        { name: "sync", label: qsTr("Sync"), badge: menu.app.sync.pendingCount },
        { name: "settings", label: qsTr("Settings"), badge: 0 }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: unitColumn.implicitHeight + 32
            color: Theme.primary
            ColumnLayout {
                id: unitColumn
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 16 }
                Label { text: qsTr("Sổ Hội"); color: "white"; font.pixelSize: 22; font.bold: true }
                Label { text: menu.app.unitName; color: "white"; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label {
                    text: menu.app.personName + " · " + menu.app.username
                    color: "#E0F2F1"; font.pixelSize: 14; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
            }
        }
        Repeater {
            model: menu.entries
            delegate: ItemDelegate {
                id: entry
                required property var modelData
                Layout.fillWidth: true
                height: Theme.touch
                text: modelData.label
                highlighted: menu.current === modelData.name
                objectName: "nav_" + modelData.name
                onClicked: menu.selected(modelData.name)
                Label {
                    visible: entry.modelData.badge > 0
                    text: entry.modelData.badge
                    color: "white"
                    font.pixelSize: 13
                    anchors { right: parent.right; rightMargin: 16; verticalCenter: parent.verticalCenter }
                    padding: 4
                    leftPadding: 8; rightPadding: 8
                    background: Rectangle { radius: height / 2; color: entry.modelData.name === "review" ? Theme.accent : Theme.pending }
                }
            }
        }
        Item { Layout.fillHeight: true }
        Label {
            Layout.fillWidth: true
            Layout.margins: 16
            text: menu.app.sync.offline ? qsTr("Offline: decisions are kept here and sent later")
                                        : menu.app.sync.lastSyncText
            color: menu.app.sync.offline ? Theme.pending : Theme.muted
            font.pixelSize: 13
            wrapMode: Text.Wrap
        }
    }
}
