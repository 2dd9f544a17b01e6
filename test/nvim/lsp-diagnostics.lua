-- Headless Neovim (0.7.2 API: vim.lsp.start_client + vim.lsp.buf_attach_client) as a second real
-- LSP client of the bundled fzlint server. Run by test/e2e/neovim.test.ts:
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/nvim/lsp-diagnostics.lua'
-- Inputs (environment): FZLINT_NODE (node executable), FZLINT_SERVER (dist/server.cjs),
-- FZLINT_REPORT (a copy of the reference report), FZLINT_README (a Markdown file that is not a report),
-- FZLINT_FIX_LINE / FZLINT_FIX_RULE (0-based line and rule id of the quick fix to apply),
-- FZLINT_OUT (where the JSON result goes). Neovim columns are byte offsets.

local out_path = assert(os.getenv('FZLINT_OUT'), 'FZLINT_OUT is not set')

local function write_result(result)
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function run()
  local node = assert(os.getenv('FZLINT_NODE'), 'FZLINT_NODE is not set')
  local server = assert(os.getenv('FZLINT_SERVER'), 'FZLINT_SERVER is not set')
  local report = assert(os.getenv('FZLINT_REPORT'), 'FZLINT_REPORT is not set')
  local readme = assert(os.getenv('FZLINT_README'), 'FZLINT_README is not set')
  local fix_line = tonumber(os.getenv('FZLINT_FIX_LINE') or '')
  local fix_rule = os.getenv('FZLINT_FIX_RULE')
  local v = vim.version()
  local result = { nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch), published = {} }

  local published = {}
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  local server_stderr = {}

  local client_id = vim.lsp.start_client({
    name = 'fzlint',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(report, ':h'),
    settings = { fzlint = { enable = true, locale = 'zh-CN' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        local name = vim.uri_to_fname(params.uri)
        published[name] = (published[name] or 0) + 1
        table.insert(result.published, { uri = params.uri, version = params.version, count = #params.diagnostics })
        return default_handler(err, params, ctx, config)
      end,
    },
    on_stderr = function(_, data)
      table.insert(server_stderr, data)
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')

  vim.cmd('edit ' .. vim.fn.fnameescape(readme))
  local readme_buf = vim.api.nvim_get_current_buf()
  vim.bo[readme_buf].filetype = 'markdown'
  vim.lsp.buf_attach_client(readme_buf, client_id)

  vim.cmd('edit ' .. vim.fn.fnameescape(report))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'text'
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')

  local report_name = vim.api.nvim_buf_get_name(bufnr)
  local ok = vim.wait(30000, function()
    return (published[report_name] or 0) > 0
  end, 20)
  if not ok then
    error('no publishDiagnostics for the report within 30 s; server stderr: ' .. table.concat(server_stderr))
  end
  -- Give a late publish for the README (which must not come with diagnostics) a moment.
  vim.wait(500, function() return false end, 50)

  local function collect(buf)
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(list, {
        lnum = d.lnum,
        col = d.col,
        end_lnum = d.end_lnum,
        end_col = d.end_col,
        severity = d.severity,
        source = d.source,
        code = d.code or lsp.code,
        message = d.message,
        href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
      })
    end
    table.sort(list, function(a, b)
      if a.lnum ~= b.lnum then return a.lnum < b.lnum end
      return a.col < b.col
    end)
    return list
  end

  result.diagnostics = collect(bufnr)
  result.readme_diagnostics = collect(readme_buf)

  -- A quick fix, as `vim.lsp.buf.code_action()` would request and apply it.
  if fix_line and fix_rule then
    local target
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = (d.user_data or {}).lsp or {}
      if d.lnum == fix_line and (d.code or lsp.code) == fix_rule then target = d end
    end
    assert(target, 'no ' .. fix_rule .. ' diagnostic on line ' .. fix_line)
    -- What `vim.lsp.buf.code_action()` sends in 0.7: the cursor's range and the line's diagnostics
    -- converted back to LSP (they keep `source` and `data`, which the server uses).
    vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
    local params = vim.lsp.util.make_range_params()
    params.context = {
      diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum),
      only = { 'quickfix' },
    }
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
    local actions = {}
    for _, resp in pairs(responses) do
      for _, action in ipairs(resp.result or {}) do table.insert(actions, action) end
    end
    result.actions = vim.tbl_map(function(a)
      return { title = a.title, kind = a.kind, isPreferred = a.isPreferred == true }
    end, actions)
    local preferred
    for _, a in ipairs(actions) do
      if a.isPreferred and a.edit then preferred = a; break end
    end
    assert(preferred, 'no preferred quick fix with an edit among ' .. #actions .. ' actions')
    vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
    result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, fix_line, fix_line + 1, false)[1]
  end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  result.client_stopped = vim.lsp.get_client_by_id(client_id) == nil
  write_result(result)
end

local ok, err = pcall(run)
if not ok then
  pcall(write_result, { error = tostring(err) })
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end
