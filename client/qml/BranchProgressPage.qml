// Tiến độ các chi hội: on a commune officer's tablet, every target at the unit with each branch's figure
// beside it and the branches behind marked; the whole year or a finished quarter. Counted on the tablet
// from the records it holds, so it works without a network.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "home"
    objectName: "branchProgressPage"
    readonly property ProgressDashboardModel model: app.branchProgress
    // On a phone five tabs get about 65 px each: the short names, so none is cut to "Qu…".
    readonly property bool narrow: width < 520
    property string firstTarget  // an indicator to open at once ("10.2"), or empty
    Component.onCompleted: {
        if (firstTarget.length > 0) page.model.selectedIndicator = firstTarget
        page.model.refresh()
    }

    function statusTint(status) {
        return status === "met" ? Theme.sent : status === "not_met" ? Theme.rejected : Theme.muted
    }

    header: PageHeader { title: qsTr("Branches' progress"); shell: page.shell }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        TabBar {
            objectName: "quarterBar"
            Layout.fillWidth: true
            currentIndex: page.model.quarter
            onCurrentIndexChanged: page.model.quarter = currentIndex
            TabButton { text: page.narrow ? qsTr("Year") : qsTr("Whole year") }
            Repeater {
                model: 4
                TabButton {
                    required property int index
                    text: (page.narrow ? qsTr("Q%1") : qsTr("Quarter %1")).arg(index + 1)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.rejected
            text: page.model.error
        }
        // The selected target: each branch's figure against its own share, the ones behind marked.
        Card {
            objectName: "branchFigures"
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    text: page.model.selectedIndicator + "  " + page.model.selectedTitle
                    wrapMode: Text.Wrap
                    font.weight: Font.DemiBold
                }
                Label {
                    visible: page.model.childBars.length === 0
                    text: qsTr("No branches below this unit.")
                    color: Theme.muted
                }
                Repeater {
                    model: page.model.childBars
                    BranchFigureRow { required property var modelData; figure: modelData; Layout.fillWidth: true }
                }
                Label {
                    visible: page.model.childBars.length > 0
                    text: page.model.unitsBehind.length === 0 ? qsTr("No branch is behind.")
                                                              : qsTr("Branches behind: %1").arg(page.model.unitsBehind.length)
                    font.weight: Font.Medium
                }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("Tap a target to see each branch's figure and the branches behind.")
        }

        ListView {
            objectName: "targetList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: page.model
            section.property: "groupTitle"
            section.delegate: Label {
                required property string section
                text: section
                font.pixelSize: 16; font.weight: Font.DemiBold
                topPadding: Theme.gap / 2; bottomPadding: 4
            }
            delegate: ItemDelegate {
                id: target
                required property string indicatorId
                required property string title
                required property string valueText
                required property string targetText
                required property string status
                required property string statusText
                required property string quartersShort
                required property bool selected
                width: ListView.view.width
                highlighted: selected
                onClicked: page.model.selectedIndicator = indicatorId
                contentItem: ColumnLayout {
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Label { text: target.indicatorId + "  " + target.title; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        StatusChip { text: target.statusText; tint: page.statusTint(target.status) }
                    }
                    Label { text: target.valueText + " / " + target.targetText; color: Theme.muted }
                    Label {
                        visible: target.quartersShort.length > 0
                        text: target.quartersShort
                        color: Theme.rejected
                    }
                }
            }
        }
    }
}
