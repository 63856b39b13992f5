class RemoveGiftWrap < ActiveRecord::Migration[7.1]
  def up
    remove_column :orders, :gift_wrap, :boolean
  end

  def down
    add_column :orders, :gift_wrap, :boolean, default: false
  end
end
