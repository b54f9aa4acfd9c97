// Đồng bộ: the last sync, a progress bar with counts while a sync runs, and each record the server
// refused, with its reason (tap to fix it).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "sync"
    objectName: "syncPage"
    readonly property SyncController sync: app.sync

    header: PageHeader { title: qsTr("Sync"); shell: page.shell }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.gap
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, 800)
            spacing: Theme.gap
            Item { implicitHeight: 1 }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: 10
                    Label { text: page.sync.lastSyncText; font.pixelSize: Theme.heading; objectName: "lastSync" }
                    RowLayout {
                        spacing: Theme.gap * 2
                        CountTile { label: qsTr("Pending"); value: page.sync.pendingCount; tint: Theme.pending }
                        CountTile { label: qsTr("Rejected"); value: page.sync.rejectedCount; tint: Theme.rejected }
                    }
                    ProgressBar {
                        objectName: "syncProgress"
                        Layout.fillWidth: true
                        visible: page.sync.running
                        indeterminate: page.sync.progress < 0
                        value: Math.max(0, page.sync.progress)
                    }
                    Label {
                        objectName: "syncStatus"
                        text: page.sync.statusText
                        visible: text.length > 0
                        wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                    SyncNotices { sync: page.sync; Layout.fillWidth: true }
                    Button {
                        objectName: "syncButton"
                        text: page.sync.running ? qsTr("Syncing…") : qsTr("Sync now")
                        enabled: !page.sync.running
                        highlighted: true
                        Layout.preferredHeight: Theme.touch + 8
                        onClicked: page.sync.syncNow()
                    }
                    Label {
                        text: qsTr("The tablet also syncs by itself every few minutes while records wait, and when a connection comes back.")
                        color: Theme.muted; font.pixelSize: Theme.small
                        wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                }
            }
            Label {
                visible: page.sync.rejectedCount > 0
                text: qsTr("Rejected by the server")
                font.pixelSize: Theme.heading; font.weight: Font.Medium
            }
            Repeater {
                objectName: "rejections"
                model: page.sync.rejections
                delegate: ItemDelegate {
                    required property var modelData
                    Layout.fillWidth: true
                    contentItem: ColumnLayout {
                        Label { text: modelData.title; font.weight: Font.Medium }
                        Label { text: modelData.reason; color: Theme.rejected; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    }
                    onClicked: if (page.shell) page.shell.openEditor(modelData.kind, modelData.recordId)
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
