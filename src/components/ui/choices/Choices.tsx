import type { ComponentChildren } from 'preact';

/** A group of radio buttons or checkboxes under a legend, one per option. */
export function Choices<T extends string>(props: {
  legend: string;
  /** The first choice's id, for links to the group. */
  id?: string;
  type: 'radio' | 'checkbox';
  name: string;
  options: readonly { id: T; label: string }[];
  checked: (id: T) => boolean;
  onChange: (id: T, checked: boolean) => void;
  disabled: boolean;
  help?: ComponentChildren;
  /** The fieldset's class; `structured` inside a topic. */
  class?: string;
}) {
  return (
    <fieldset class={props.class ?? 'structured'}>
      <legend>{props.legend}</legend>
      {props.help}
      {props.options.map((option, i) => (
        <label class="choice" key={option.id}>
          <input
            id={i === 0 ? props.id : undefined}
            type={props.type}
            name={props.name}
            value={option.id}
            checked={props.checked(option.id)}
            disabled={props.disabled}
            onChange={(e) => props.onChange(option.id, e.currentTarget.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
