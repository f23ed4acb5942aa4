package org.copydesk.ui.shell;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.copydesk.l10n.Messages;
import org.copydesk.ui.fx.HoverTooltip;

/**
 * A command of the window, declared once: its words (a message key, with {@code .tip} for the
 * tooltip), its shortcut, what it does and whether the toolbar carries it. Menus and the toolbar are
 * both built from the same table, so they cannot disagree.
 */
record Action(String key, String accelerator, Runnable run, boolean onToolbar) {

    /** The id of the action's nodes: {@code menu-new}, {@code tool-new}. */
    String name() {
        return key.substring(key.indexOf('.') + 1);
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(Messages.get().get(key));
        item.setId("menu-" + name());
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> run.run());
        return item;
    }

    Button toolButton() {
        Button b = new Button(Messages.get().get(key));
        b.setId("tool-" + name());
        HoverTooltip.install(b, Messages.get().get(key + ".tip"));
        b.setFocusTraversable(false);
        b.setOnAction(e -> run.run());
        return b;
    }

    /** A menu of groups of actions, a separator between groups, and {@code extra} items at the end. */
    static Menu menu(String key, List<List<Action>> groups, MenuItem... extra) {
        Menu menu = new Menu(Messages.get().get(key));
        for (List<Action> group : groups) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            group.forEach(a -> menu.getItems().add(a.menuItem()));
        }
        if (extra.length > 0) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().addAll(extra);
        }
        return menu;
    }

    /** The toolbar's buttons: the actions of each group it carries, a separator between groups. */
    static List<Node> toolbar(List<List<Action>> groups) {
        List<Node> out = new java.util.ArrayList<>();
        for (List<Action> group : groups) {
            List<Action> shown = group.stream().filter(Action::onToolbar).toList();
            if (shown.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(new Separator(Orientation.VERTICAL));
            }
            shown.forEach(a -> out.add(a.toolButton()));
        }
        return out;
    }
}
