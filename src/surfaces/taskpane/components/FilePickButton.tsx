import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

interface Props {
  readonly label: string;
  readonly accept: string;
  readonly onPick: (file: File) => void;
  readonly appearance?: ButtonProps["appearance"];
  readonly icon?: ButtonProps["icon"];
  readonly disabled?: boolean;
}

/** A button that opens the system file chooser; the native input stays out of sight and out of the tab order. */
export function FilePickButton({ label, accept, onPick, appearance, icon, disabled }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance={appearance}
        icon={icon}
        disabled={disabled}
        onClick={() => input.current?.click()}
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
