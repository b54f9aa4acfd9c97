// Tình trạng đồng bộ: for district and province staff, which branches and devices have not synced lately,
// worst first. "Silent after N days" is a setting; a click on a row goes to the branch (the model's
// branchChosen). The model comes wired from the workspace; on its own the page makes an unconnected one.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "health"
    objectName: "syncHealthPage"
    property SyncHealthModel model: SyncHealthModel {}
    // Branch, last sync, silent, waiting, devices, app version: wide enough at 1366 px, more room at 1920.
    readonly property var columns: [Math.max(220, width * 0.22), 170, 150, 80, 80, 140]

    Component.onCompleted: page.model.refresh()

    header: PageHeader {
        title: qsTr("Sync health")
        shell: page.shell
        ToolButton {
            objectName: "refreshButton"
            text: qsTr("Refresh")
            enabled: !page.model.loading
            onClicked: page.model.refresh()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        RowLayout {
            spacing: Theme.gap
            Label { text: qsTr("Silent after (days)") }
            SpinBox {
                objectName: "silentAfterDays"
                from: page.model.minSilentAfterDays
                to: page.model.maxSilentAfterDays
                value: page.model.silentAfterDays
                editable: true
                onValueModified: page.model.silentAfterDays = value
            }
            Label {
                objectName: "summary"
                text: qsTr("%1 of %2 branches silent").arg(page.model.silentCount).arg(page.model.count)
                font.weight: Font.Medium
            }
            BusyIndicator { running: page.model.loading; visible: running; implicitHeight: 32; implicitWidth: 32 }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "updatedAt"
                visible: !isNaN(page.model.updatedAt.getTime())
                text: qsTr("Updated %1").arg(Qt.formatDateTime(page.model.updatedAt, "HH:mm dd/MM/yyyy"))
                color: Theme.muted
            }
        }
        Label {
            objectName: "healthError"
            visible: text.length > 0
            text: page.model.error
            color: Theme.rejected
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Row {
            spacing: Theme.gap
            Layout.leftMargin: 16  // the rows' own padding
            Repeater {
                model: [qsTr("Branch"), qsTr("Last sync"), qsTr("Status"), qsTr("Waiting"), qsTr("Devices"),
                        qsTr("App version")]
                Label {
                    required property int index
                    required property string modelData
                    text: modelData
                    width: page.columns[index]
                    horizontalAlignment: index === 3 || index === 4 ? Text.AlignRight : Text.AlignLeft
                    color: Theme.muted; font.pixelSize: 13; font.weight: Font.Medium
                }
            }
        }
        ListView {
            id: list
            objectName: "healthList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.model
            ScrollBar.vertical: ScrollBar {}
            delegate: SyncHealthRow {
                width: list.width
                columns: page.columns
                onChosen: row => page.model.choose(row)
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0 && !page.model.loading && page.model.error.length === 0
                text: qsTr("No branches to show")
                color: Theme.muted
            }
        }
    }
}
