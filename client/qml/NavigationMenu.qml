// The list of places in the app: home, the record lists, sync and settings, under the unit's name.
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

    ReviewInboxModel { id: inbox; manager: menu.app.manager }

    readonly property var entries: [
        { name: "home", label: qsTr("Home") },
        { name: "list:activity", label: qsTr("Activities") },
        { name: "list:training", label: qsTr("Trainings") },
        { name: "list:household", label: qsTr("Households") },
        { name: "list:household_visit", label: qsTr("Household visits") },
        { name: "list:member", label: qsTr("Members") },
        { name: "list:person", label: qsTr("People") },
        { name: "inbox", label: qsTr("Returned by review") },
        { name: "sync", label: qsTr("Sync") },
        { name: "settings", label: qsTr("Settings") }
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
                Label {
                    text: menu.app.unitName
                    color: "white"; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Label {
                    text: menu.app.personName
                    color: "#E0F2F1"; font.pixelSize: 14; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: menu.entries
            delegate: ItemDelegate {
                required property var modelData
                width: ListView.view.width
                height: Theme.touch + 4
                text: modelData.label
                highlighted: menu.current === modelData.name
                objectName: "nav_" + modelData.name
                onClicked: menu.selected(modelData.name)
                Label {
                    readonly property int badge: modelData.name === "sync" ? menu.app.sync.pendingCount
                                               : modelData.name === "inbox" ? inbox.count : 0
                    visible: badge > 0
                    text: badge
                    color: "white"
                    font.pixelSize: 13
                    anchors { right: parent.right; rightMargin: 16; verticalCenter: parent.verticalCenter }
                    padding: 4
                    leftPadding: 8; rightPadding: 8
                    background: Rectangle { radius: height / 2; color: modelData.name === "inbox" ? Theme.rejected : Theme.pending }
                }
            }
        }
    }
}
