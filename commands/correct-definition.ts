// The /correct slash command as plain API data (moderators, servers only): its subcommands and their options.
// The handler and what each subcommand does are in correct.ts.
import type { CommandDefinition } from "./support/definition.js";

export const definition = {
  options: [
    {
      type: 1,
      name: "speaker",
      description: "Set who said a statement, or mark the speaker unclear",
      options: [
        {
          autocomplete: true,
          type: 3,
          name: "statement",
          description: "The statement (type its words)",
          required: true,
        },
        {
          autocomplete: true,
          type: 3,
          name: "to",
          description: "The speaker, or “unclear”",
          required: true,
        },
        {
          type: 3,
          name: "why",
          description: "Why (a short note kept with the correction)",
          required: true,
          max_length: 300,
        },
      ],
    },
    {
      type: 1,
      name: "alias",
      description: "Add or remove another name of an actor",
      options: [
        {
          autocomplete: true,
          type: 3,
          name: "actor",
          description: "The actor",
          required: true,
        },
        {
          type: 3,
          choices: [
            {
              name: "add",
              value: "add",
            },
            {
              name: "remove",
              value: "remove",
            },
          ],
          name: "action",
          description: "Add or remove",
          required: true,
        },
        {
          type: 3,
          name: "alias",
          description: "The other name",
          required: true,
          max_length: 100,
        },
        {
          type: 3,
          name: "why",
          description: "Why (a short note kept with the correction)",
          required: true,
          max_length: 300,
        },
      ],
    },
    {
      type: 1,
      name: "merge",
      description: "Two actors are one: merge the first into the second",
      options: [
        {
          autocomplete: true,
          type: 3,
          name: "actor",
          description: "The actor that goes away",
          required: true,
        },
        {
          autocomplete: true,
          type: 3,
          name: "into",
          description: "The actor that stays",
          required: true,
        },
        {
          type: 3,
          name: "why",
          description: "Why (a short note kept with the correction)",
          required: true,
          max_length: 300,
        },
      ],
    },
    {
      type: 1,
      name: "split",
      description: "An alias is someone else: make it an actor of its own",
      options: [
        {
          autocomplete: true,
          type: 3,
          name: "actor",
          description: "The actor that has the alias",
          required: true,
        },
        {
          autocomplete: true,
          type: 3,
          name: "alias",
          description: "The alias to split off",
          required: true,
        },
        {
          type: 3,
          name: "why",
          description: "Why (a short note kept with the correction)",
          required: true,
          max_length: 300,
        },
      ],
    },
    {
      type: 1,
      name: "kind",
      description: "Set what kind of actor this is",
      options: [
        {
          autocomplete: true,
          type: 3,
          name: "actor",
          description: "The actor",
          required: true,
        },
        {
          type: 3,
          choices: [
            {
              name: "person",
              value: "person",
            },
            {
              name: "organization",
              value: "organization",
            },
            {
              name: "armed-group",
              value: "armed-group",
            },
            {
              name: "government",
              value: "government",
            },
            {
              name: "media",
              value: "media",
            },
            {
              name: "country",
              value: "country",
            },
            {
              name: "place",
              value: "place",
            },
            {
              name: "ethnic-group",
              value: "ethnic-group",
            },
          ],
          name: "kind",
          description: "The kind",
          required: true,
        },
        {
          type: 3,
          name: "why",
          description: "Why (a short note kept with the correction)",
          required: true,
          max_length: 300,
        },
      ],
    },
    {
      type: 1,
      name: "hide",
      description: "Hide a statement, event or actor that is not real (a caption, a junk name)",
      options: [
        {
          autocomplete: true,
          type: 3,
          name: "target",
          description: "A statement, event or actor",
          required: true,
        },
        {
          type: 3,
          name: "why",
          description: "Why (a short note kept with the correction)",
          required: true,
          max_length: 300,
        },
      ],
    },
    {
      type: 1,
      name: "date",
      description: "Set an event's date",
      options: [
        {
          autocomplete: true,
          type: 3,
          name: "event",
          description: "The event (type its words)",
          required: true,
        },
        {
          type: 3,
          name: "date",
          description: "YYYY-MM-DD, YYYY-MM or YYYY",
          required: true,
          max_length: 10,
        },
        {
          type: 3,
          name: "why",
          description: "Why (a short note kept with the correction)",
          required: true,
          max_length: 300,
        },
      ],
    },
    {
      type: 1,
      name: "undo",
      description: "Undo a correction (kept in the log as undone)",
      options: [
        {
          autocomplete: true,
          type: 3,
          name: "correction",
          description: "The correction",
          required: true,
        },
      ],
    },
  ],
  name: "correct",
  description: "Correct the record (moderators): speakers, actors, dates, hidden items",
  contexts: [0],
  default_member_permissions: "8192",
  type: 1,
} satisfies CommandDefinition;
