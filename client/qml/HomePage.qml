// Trang chủ: the unit, what was recorded today and what waits to be sent, the last sync and a sync button,
// quick ways to record, the households due a visit, and the unit's progress toward its targets.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "home"
    objectName: "homePage"

    HomeModel { id: home; manager: page.app.manager }
    // Back from a form: its draft may have been saved or left.
    StackView.onActivated: home.refresh()

    header: PageHeader {
        title: qsTr("Home")
        shell: page.shell
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: grid.implicitHeight + 2 * Theme.gap
        GridLayout {
            id: grid
            x: Theme.gap
            y: Theme.gap
            width: page.width - 2 * Theme.gap
            columns: page.width >= 900 ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap

            // Records the district sent back come first: until fixed they count for nothing.
            Card {
                objectName: "returnedCard"
                visible: home.returnedCount > 0
                Layout.fillWidth: true
                Layout.columnSpan: page.width >= 900 ? 2 : 1
                ItemDelegate {
                    objectName: "returnedButton"
                    width: parent.width
                    contentItem: Label {
                        text: home.returnedText + "  ›"
                        color: Theme.rejected
                        font.pixelSize: Theme.heading; font.weight: Font.Bold
                        wrapMode: Text.Wrap
                    }
                    onClicked: if (page.shell) page.shell.showPage("inbox")
                }
            }

            Card {
                Layout.fillWidth: true
                Layout.columnSpan: 1
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label {
                        objectName: "unitName"
                        text: home.unitName
                        font.pixelSize: Theme.title; font.bold: true
                        wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                    Label { text: home.personName; color: Theme.muted; Layout.fillWidth: true }
                    // As ODK counts forms: drafts, waiting to be sent, sent (and refused, when any were).
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        CountTile { label: qsTr("Today"); value: home.todayCount; objectName: "todayCount" }
                        CountTile { label: qsTr("Drafts"); value: home.draftCount; tint: Theme.muted; objectName: "draftCount" }
                        CountTile { label: qsTr("Pending"); value: home.pendingCount; tint: Theme.pending; objectName: "pendingCount" }
                        CountTile { label: qsTr("Sent"); value: home.sentCount; tint: Theme.sent; objectName: "sentCount" }
                        CountTile { label: qsTr("Rejected"); value: home.rejectedCount; tint: Theme.rejected; visible: home.rejectedCount > 0 }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label { text: qsTr("Sync"); font.pixelSize: Theme.heading; font.weight: Font.Medium }
                    Label {
                        objectName: "lastSync"
                        text: page.app.sync.lastSyncText
                        Layout.fillWidth: true; wrapMode: Text.Wrap
                    }
                    ProgressBar {
                        Layout.fillWidth: true
                        visible: page.app.sync.running
                        indeterminate: page.app.sync.progress < 0
                        value: Math.max(0, page.app.sync.progress)
                    }
                    Label {
                        text: page.app.sync.statusText
                        visible: page.app.sync.running && text.length > 0
                        color: Theme.muted
                        wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                    SyncNotices { sync: page.app.sync; Layout.fillWidth: true }
                    Button {
                        objectName: "syncButton"
                        text: page.app.sync.running ? qsTr("Syncing…") : qsTr("Sync now")
                        enabled: !page.app.sync.running
                        highlighted: true
                        Layout.preferredHeight: Theme.touch + 8
                        onClicked: page.app.sync.syncNow()
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                Layout.columnSpan: page.width >= 900 ? 2 : 1
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label { text: qsTr("Record"); font.pixelSize: Theme.heading; font.weight: Font.Medium }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        Repeater {
                            model: home.kindCounts
                            delegate: Button {
                                required property var modelData
                                objectName: "add_" + modelData.kind
                                text: "+ " + modelData.addLabel
                                implicitHeight: Theme.touch + 8
                                flat: false
                                onClicked: if (page.shell) { page.shell.showPage("list:" + modelData.kind); page.shell.openEditor(modelData.kind, "") }
                            }
                        }
                    }
                }
            }

            // Forms left unsaved: each opens again where it was left.
            Card {
                objectName: "draftsCard"
                visible: home.draftCount > 0
                Layout.fillWidth: true
                Layout.columnSpan: page.width >= 900 ? 2 : 1
                ColumnLayout {
                    width: parent.width
                    spacing: 4
                    Label {
                        text: qsTr("%n draft(s) not saved yet", "", home.draftCount)
                        font.pixelSize: Theme.heading; font.weight: Font.Medium
                    }
                    Repeater {
                        model: home.drafts
                        delegate: ItemDelegate {
                            required property var modelData
                            required property int index
                            objectName: "draft_" + index
                            Layout.fillWidth: true
                            onClicked: if (page.shell) {
                                page.shell.showPage("list:" + modelData.kind)
                                page.shell.openEditor(modelData.kind, modelData.recordId, { draftKey: modelData.key })
                            }
                            contentItem: ColumnLayout {
                                spacing: 0
                                Label { text: modelData.title; font.pixelSize: Theme.body; elide: Text.ElideRight; Layout.fillWidth: true }
                                Label {
                                    text: modelData.kindLabel + " · " + qsTr("Last changed %1").arg(modelData.changed)
                                    color: Theme.muted; font.pixelSize: Theme.small
                                    elide: Text.ElideRight; Layout.fillWidth: true
                                }
                            }
                        }
                    }
                }
            }

            HouseholdWorklistCard {
                app: page.app
                shell: page.shell
                Layout.fillWidth: true
                Layout.columnSpan: page.width >= 900 ? 2 : 1
            }

            ProgressCard {
                Layout.fillWidth: true
                Layout.columnSpan: page.width >= 900 ? 2 : 1
                bars: home.progress
                note: home.progressNote
                showBranches: home.hasBranches
                onBranchesRequested: if (page.shell) page.shell.showPage("branches")
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
