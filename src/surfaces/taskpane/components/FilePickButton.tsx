import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";
import { handlePicker, pickWorkbookHandle } from "../source/workbookOrigin";

interface Props {
  readonly label: string;
  readonly accept: string;
  readonly onPick: (file: File) => void;
  /**
   * Where the platform gives file handles (Chromium, WebView2; not in a cross-origin frame), the
   * picked file's handle instead — read again at every 检查 — described in the picker as this.
   */
  readonly onPickHandle?: {
    readonly describe: string;
    readonly pick: (h: FileSystemFileHandle) => void;
  };
  readonly appearance?: ButtonProps["appearance"];
  readonly icon?: ButtonProps["icon"];
  readonly disabled?: boolean;
  readonly id?: string;
}

/** A button that opens the system file chooser; the native input stays out of sight and out of the tab order. */
export function FilePickButton(props: Props) {
  const { label, accept, onPick, onPickHandle, appearance, icon, disabled, id } = props;
  const input = useRef<HTMLInputElement>(null);
  const open = () => {
    const picker = onPickHandle ? handlePicker() : null;
    if (!picker || !onPickHandle) {
      input.current?.click();
      return;
    }
    pickWorkbookHandle(picker, onPickHandle.describe).then(
      (handle) => handle && onPickHandle.pick(handle),
      // refused here after all: the plain chooser
      () => input.current?.click(),
    );
  };
  return (
    <>
      <Button
        id={id}
        appearance={appearance}
        icon={icon}
        // still reached by Tab while busy, so focus never falls to the page
        disabledFocusable={disabled}
        onClick={open}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onPick(file);
        }}
      />
    </>
  );
}
